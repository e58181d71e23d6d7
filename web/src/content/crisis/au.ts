import { ALWAYS, EMERGENCY_PURPOSE } from './common';
import type { Region } from './types';

const RESPECT = {
  sourceUrl: 'https://www.1800respect.org.au/terms-and-conditions',
  sourceName: '1800RESPECT (Telstra Health for the Department of Social Services)',
  checked: '2026-12-02',
} as const;

const VICTORIA_MHCC = {
  sourceUrl: 'https://www.mhcc.vic.gov.au/News-and-events/News/mental-health-wellbeing-supports',
  sourceName: 'Mental Health Complaints Commissioner, Victorian Government',
  checked: '2026-12-02',
} as const;

const NTV = {
  sourceUrl: 'https://ntv.org.au/get-help/getting-support',
  sourceName: 'No to Violence',
  checked: '2026-12-02',
} as const;

export const AU: Region = {
  code: 'au',
  name: 'Australia',
  subtags: ['AU'],
  lines: [
    {
      id: 'au-000',
      name: 'Emergency (Triple Zero)',
      number: '000',
      kind: 'call',
      emergency: true,
      silentCall:
        'Triple Zero takes voice calls only: you cannot reach it by text message. If you have a hearing or speech impairment and a TTY, dial 106 and type PPP for police, FFF for fire or AAA for ambulance. From a mobile that cannot get through, try 112.',
      audience: 'everyone',
      languages: ['en'],
      purpose: EMERGENCY_PURPOSE,
      sourceUrl: 'https://www.qld.gov.au/emergency/emergencies-services/assistance/triple-000',
      sourceName: 'Queensland Government',
      checked: '2026-12-02',
    },
    {
      id: 'au-1800respect',
      name: '1800RESPECT',
      number: '1800 737 732',
      kind: 'call',
      audience: 'everyone',
      alsoFor: ['sexual-violence'],
      languages: ['en'],
      interpreters: true,
      purpose: 'Counselling and support for anyone affected by domestic, family or sexual violence, and for the people helping them.',
      hours: ALWAYS,
      ...RESPECT,
    },
    {
      id: 'au-1800respect-text',
      name: '1800RESPECT (text)',
      number: '0458 737 732',
      kind: 'text',
      audience: 'everyone',
      alsoFor: ['sexual-violence'],
      languages: ['en'],
      purpose: 'The same support by text message, if speaking is not safe.',
      hours: ALWAYS,
      ...RESPECT,
    },
    {
      id: 'au-lifeline',
      name: 'Lifeline',
      number: '13 11 14',
      kind: 'call',
      audience: 'suicide',
      languages: ['en'],
      purpose: 'Crisis support and suicide prevention, for anyone having a hard time.',
      hours: ALWAYS,
      sourceUrl: 'https://www.health.vic.gov.au/mental-health-services/telephone-and-online-services',
      sourceName: 'Department of Health, Victorian Government',
      checked: '2026-12-02',
    },
    {
      id: 'au-mensline',
      name: 'MensLine Australia',
      number: '1300 78 99 78',
      kind: 'call',
      audience: 'men',
      languages: ['en'],
      purpose: 'Telephone support, information and referrals for men dealing with relationship problems, family violence or distress.',
      ...VICTORIA_MHCC,
    },
    {
      id: 'au-qlife',
      name: 'QLife',
      number: '1800 184 527',
      kind: 'call',
      audience: 'lgbtq',
      languages: ['en'],
      purpose: 'Peer support for LGBTIQ+ people, whatever is on your mind.',
      ...VICTORIA_MHCC,
    },
    {
      id: 'au-mens-referral',
      name: 'Men’s Referral Service (No to Violence)',
      number: '1300 766 491',
      kind: 'call',
      audience: 'stop-hurting',
      languages: ['en'],
      purpose: 'For men who have behaved abusively and want to stop, and for family or friends worried about a man’s behaviour.',
      ...NTV,
    },
    {
      id: 'au-mens-referral-chat',
      name: 'Men’s Referral Service (chat)',
      url: 'https://ntv.org.au/get-help/getting-support',
      kind: 'chat',
      audience: 'stop-hurting',
      languages: ['en'],
      purpose: 'The same help by live chat on No to Violence’s website.',
      ...NTV,
    },
  ],
};
