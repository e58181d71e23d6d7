// Crisis lines by region: public numbers anyone may need, shown even while the vault is locked.
// Each line names its source (the service's own site, where the number and hours are published);
// check them again before each release. Components read this file; no number lives in a component.
// Dialling strings are derived from `number` (ui/crisis.ts), so what is shown is what is dialled.

export type RegionCode = 'us' | 'uk' | 'ca' | 'au' | 'ie' | 'eu';

export interface CrisisLine {
  /** Stable id (for keys and tests). */
  id: string;
  name: string;
  /** As people write it locally; dialled with spaces and dashes removed. */
  number: string;
  kind: 'call' | 'text';
  /** For text lines that ask for a first word, e.g. START. */
  smsBody?: string;
  /** Emergency services (police, ambulance, fire). */
  emergency?: true;
  /** What it is for, in one plain sentence. */
  purpose: string;
  hours?: string;
  /** Who publishes the number, and where. */
  source: string;
}

export interface Region {
  code: RegionCode;
  name: string;
  /** ISO 3166-1 region subtags (as in a browser language such as en-GB) that pick this region. */
  subtags: readonly string[];
  lines: readonly CrisisLine[];
}

const EMERGENCY_PURPOSE = 'Police, ambulance or fire, when you or someone else is in danger right now.';
const ALWAYS = 'Any time, day or night';

export const REGIONS: readonly Region[] = [
  {
    code: 'us',
    name: 'United States',
    subtags: ['US', 'PR', 'GU', 'VI', 'AS', 'MP'],
    lines: [
      { id: 'us-911', name: 'Emergency', number: '911', kind: 'call', emergency: true, purpose: EMERGENCY_PURPOSE, hours: ALWAYS, source: '911.gov (US Department of Transportation)' },
      { id: 'us-988-call', name: '988 Suicide & Crisis Lifeline', number: '988', kind: 'call', purpose: 'Talk to a trained counsellor if you are in emotional distress or thinking about suicide.', hours: ALWAYS, source: '988lifeline.org (SAMHSA)' },
      { id: 'us-988-text', name: '988 Suicide & Crisis Lifeline (text)', number: '988', kind: 'text', purpose: 'The same support by text message, if speaking out loud is not safe.', hours: ALWAYS, source: '988lifeline.org (SAMHSA)' },
      { id: 'us-ndvh-call', name: 'National Domestic Violence Hotline', number: '1-800-799-7233', kind: 'call', purpose: 'Confidential help and safety planning if someone close to you is hurting or controlling you.', hours: ALWAYS, source: 'thehotline.org (National Domestic Violence Hotline)' },
      { id: 'us-ndvh-text', name: 'National Domestic Violence Hotline (text)', number: '88788', kind: 'text', smsBody: 'START', purpose: 'Text START to reach an advocate when calling is not safe.', hours: ALWAYS, source: 'thehotline.org (National Domestic Violence Hotline)' },
    ],
  },
  {
    code: 'uk',
    name: 'United Kingdom',
    subtags: ['GB', 'UK', 'IM', 'JE', 'GG'],
    lines: [
      { id: 'uk-999', name: 'Emergency', number: '999', kind: 'call', emergency: true, purpose: EMERGENCY_PURPOSE, hours: ALWAYS, source: 'gov.uk (emergency services)' },
      { id: 'uk-ndah', name: 'National Domestic Abuse Helpline', number: '0808 2000 247', kind: 'call', purpose: 'Free, confidential support for anyone experiencing domestic abuse, run by Refuge.', hours: ALWAYS, source: 'nationaldahelpline.org.uk (Refuge)' },
      { id: 'uk-samaritans', name: 'Samaritans', number: '116 123', kind: 'call', purpose: 'Someone to listen, without judgement, whatever you are going through.', hours: ALWAYS, source: 'samaritans.org (Samaritans)' },
    ],
  },
  {
    code: 'ca',
    name: 'Canada',
    subtags: ['CA'],
    lines: [
      { id: 'ca-911', name: 'Emergency', number: '911', kind: 'call', emergency: true, purpose: EMERGENCY_PURPOSE, hours: ALWAYS, source: 'Canadian Radio-television and Telecommunications Commission (crtc.gc.ca)' },
      { id: 'ca-988-call', name: '988 Suicide Crisis Helpline', number: '988', kind: 'call', purpose: 'Talk to a trained responder if you are thinking about suicide or worried about someone.', hours: ALWAYS, source: '988.ca (Public Health Agency of Canada)' },
      { id: 'ca-988-text', name: '988 Suicide Crisis Helpline (text)', number: '988', kind: 'text', purpose: 'The same support by text message.', hours: ALWAYS, source: '988.ca (Public Health Agency of Canada)' },
    ],
  },
  {
    code: 'au',
    name: 'Australia',
    subtags: ['AU'],
    lines: [
      { id: 'au-000', name: 'Emergency', number: '000', kind: 'call', emergency: true, purpose: EMERGENCY_PURPOSE, hours: ALWAYS, source: 'triplezero.gov.au (Australian Government)' },
      { id: 'au-1800respect', name: '1800RESPECT', number: '1800 737 732', kind: 'call', purpose: 'Counselling and support for domestic, family and sexual violence.', hours: ALWAYS, source: '1800respect.org.au (1800RESPECT)' },
      { id: 'au-lifeline', name: 'Lifeline', number: '13 11 14', kind: 'call', purpose: 'Crisis support and suicide prevention, for anyone having a hard time.', hours: ALWAYS, source: 'lifeline.org.au (Lifeline Australia)' },
    ],
  },
  {
    code: 'ie',
    name: 'Ireland',
    subtags: ['IE'],
    lines: [
      { id: 'ie-112', name: 'Emergency', number: '112', kind: 'call', emergency: true, purpose: EMERGENCY_PURPOSE, hours: ALWAYS, source: 'gov.ie (Emergency Call Answering Service)' },
      { id: 'ie-999', name: 'Emergency (also)', number: '999', kind: 'call', emergency: true, purpose: 'The same emergency services: 112 and 999 both work in Ireland.', hours: ALWAYS, source: 'gov.ie (Emergency Call Answering Service)' },
      { id: 'ie-womensaid', name: "Women's Aid National Freephone Helpline", number: '1800 341 900', kind: 'call', purpose: 'Free, confidential support for women experiencing abuse from a partner or ex-partner.', hours: ALWAYS, source: "womensaid.ie (Women's Aid Ireland)" },
      { id: 'ie-samaritans', name: 'Samaritans', number: '116 123', kind: 'call', purpose: 'Someone to listen, without judgement, whatever you are going through.', hours: ALWAYS, source: 'samaritans.org (Samaritans Ireland)' },
    ],
  },
  {
    code: 'eu',
    name: 'European Union (anywhere)',
    subtags: ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'],
    lines: [
      { id: 'eu-112', name: 'European emergency number', number: '112', kind: 'call', emergency: true, purpose: 'Free from any phone in every EU country: police, ambulance or fire.', hours: ALWAYS, source: 'European Commission, "112: the European emergency number"' },
    ],
  },
];

/** Used when the browser language names no region we know; the person can choose another. */
export const FALLBACK_REGION: RegionCode = 'us';
