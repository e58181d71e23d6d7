// The crisis-line directory is checked like code: a wrong number here could cost someone help.
import { describe, expect, it } from 'vitest';
import { AUDIENCES, LINE_KINDS, REGIONS, type CrisisLine } from './crisis-lines';
import { en } from '../i18n/en';
import {
  dialString,
  effectiveRegion,
  emergencyLine,
  groupLines,
  lineHref,
  pickRegion,
  smsHref,
  telHref,
} from '../features/help/client/crisis';

const DAY_MS = 24 * 60 * 60 * 1000;
const all: { region: string; line: CrisisLine }[] = REGIONS.flatMap((r) => r.lines.map((line) => ({ region: r.code, line })));

function isRealDay(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === iso;
}

describe('crisis-line directory', () => {
  it('lists, in each group, the lines that answer in the language spoken first', () => {
    const us = REGIONS.find((r) => r.code === 'us');
    if (!us) throw new Error('no US region');
    const suicide = (language: string) =>
      groupLines(us, language)
        .find((g) => g.group === 'suicide')
        ?.lines.map((l) => l.id);
    expect(suicide('es')).toEqual(['us-988-call', 'us-988-es-call', 'us-988-es-text', 'us-988-text', 'us-988-chat']);
    expect(suicide('en')).toEqual(['us-988-call', 'us-988-text', 'us-988-chat', 'us-988-es-call', 'us-988-es-text']);
    const domestic = groupLines(us, 'es')
      .find((g) => g.group === 'domestic')
      ?.lines.map((l) => l.id);
    expect(domestic?.[0]).toBe('us-ndvh-chat-es');
  });

  it('has the regions the issue asks for', () => {
    expect(REGIONS.map((r) => r.code).sort()).toEqual(['au', 'ca', 'de', 'es', 'eu', 'fr', 'ie', 'in', 'it', 'nl', 'nz', 'uk', 'us']);
  });

  it('lists regions alphabetically for the chooser, the EU-wide numbers last', () => {
    const names = REGIONS.map((r) => r.name);
    expect(names.at(-1)).toMatch(/European Union/);
    expect(names.slice(0, -1)).toEqual([...names.slice(0, -1)].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('gives every region exactly one emergency line, first, with a number to call', () => {
    for (const region of REGIONS) {
      const emergency = region.lines.filter((l) => l.emergency);
      expect(emergency.length, region.code).toBe(1);
      expect(region.lines[0]?.emergency, `${region.code} lists emergency first`).toBe(true);
      expect(emergency[0]?.kind, region.code).toBe('call');
      expect(emergency[0]?.number, region.code).toMatch(/^\d{2,3}$/);
      expect(emergencyLine(region)).toBe(emergency[0]);
    }
  });

  it('gives every line a unique id, a known kind and audience, languages and a purpose', () => {
    const ids = new Set<string>();
    for (const { region, line } of all) {
      expect(ids.has(line.id), line.id).toBe(false);
      ids.add(line.id);
      expect(line.id, line.id).toMatch(new RegExp(`^${region}-[a-z0-9-]+$`));
      expect(LINE_KINDS, line.id).toContain(line.kind);
      expect(AUDIENCES, line.id).toContain(line.audience);
      for (const also of line.alsoFor ?? []) expect(AUDIENCES, line.id).toContain(also);
      expect(line.alsoFor ?? [], line.id).not.toContain(line.audience);
      // EU-wide numbers are answered in each country's own language; every other line names its languages.
      if (region !== 'eu') expect(line.languages.length, line.id).toBeGreaterThan(0);
      expect(Intl.getCanonicalLocales([...line.languages]), line.id).toEqual(line.languages);
      expect(line.name.trim(), line.id).not.toBe('');
      expect(line.purpose, line.id).toMatch(/^[A-Z0-9].*\.$/);
      if (line.area !== undefined) expect(line.area.trim(), line.id).not.toBe('');
    }
  });

  it('names for every line the https page its number was checked against, within the last year', () => {
    const now = Date.now();
    for (const { line } of all) {
      const url = new URL(line.sourceUrl);
      expect(url.protocol, line.id).toBe('https:');
      expect(url.hostname, line.id).toContain('.');
      expect(line.sourceName.trim().length, line.id).toBeGreaterThan(2);
      expect(isRealDay(line.checked), `${line.id}: ${line.checked}`).toBe(true);
      const checked = Date.parse(`${line.checked}T00:00:00Z`);
      expect(checked, `${line.id} checked in the future`).toBeLessThanOrEqual(now);
      expect(now - checked, `${line.id} not checked for over a year`).toBeLessThanOrEqual(366 * DAY_MS);
    }
  });

  it('derives every link from the line: tel:/sms: from the number shown, chat from an https page', () => {
    for (const { line } of all) {
      const href = lineHref(line);
      if (line.kind === 'chat') {
        expect(line.number, line.id).toBeUndefined();
        expect(new URL(line.url ?? '').protocol, line.id).toBe('https:');
        expect(href, line.id).toBe(line.url);
        continue;
      }
      expect(line.url, line.id).toBeUndefined();
      expect(line.number, line.id).toMatch(/^[+\d][\d\s-]*\d$/);
      const dialled = dialString(line.number ?? '');
      expect(dialled, line.id).toMatch(/^\+?\d{2,15}$/);
      if (line.kind === 'text') expect(href, line.id).toBe(smsHref(line.number ?? '', line.smsBody));
      else expect(href, line.id).toBe(`tel:${dialled}`);
      if (line.smsBody !== undefined) {
        expect(line.kind, line.id).toBe('text');
        expect(line.smsBody, line.id).toMatch(/^[A-Z]+$/);
      }
    }
  });

  it('keeps silent-call advice on emergency lines, and has it where the police publish it', () => {
    for (const { line } of all) {
      if (line.silentCall !== undefined) expect(line.emergency, line.id).toBe(true);
      if (line.silentCallSource !== undefined) {
        expect(line.silentCall, line.id).toBeDefined();
        expect(new URL(line.silentCallSource.url).protocol, line.id).toBe('https:');
        expect(line.silentCallSource.name.trim(), line.id).not.toBe('');
      }
    }
    const silent = (code: string) => {
      const region = REGIONS.find((r) => r.code === code);
      return region && emergencyLine(region)?.silentCall;
    };
    expect(silent('uk')).toMatch(/999.*press 55/);
    expect(silent('nz')).toMatch(/press 55/);
    expect(silent('fr')).toMatch(/text message to 114/);
    // Where a silent call is ended, say so rather than suggest staying silent.
    expect(silent('nl')).toMatch(/no silent-call code/);
  });

  it('holds the numbers the services publish', () => {
    const hrefs = (code: string) => REGIONS.find((r) => r.code === code)?.lines.map(lineHref) ?? [];
    expect(hrefs('us')).toEqual([
      'tel:911',
      'tel:18007997233',
      'sms:88788?body=START',
      'https://www.thehotline.org/',
      'https://espanol.thehotline.org/',
      'tel:18007873224',
      'tel:988',
      'sms:988',
      'tel:988',
      'sms:988?body=AYUDA',
      'https://988lifeline.org/',
      'tel:18006564673',
    ]);
    expect(hrefs('uk')).toEqual([
      'tel:999',
      'tel:08082000247',
      'tel:08000271234',
      'tel:08088010800',
      'sms:07860077333',
      'tel:08088021414',
      'tel:116123',
      'tel:08088010327',
      'tel:08009995428',
      'tel:08088010302',
    ]);
    expect(hrefs('ca')).toEqual([
      'tel:911',
      'tel:18005630808',
      'tel:3101818',
      'sms:3101818',
      'https://www.alberta.ca/SafetyChat',
      'tel:988',
      'sms:988',
    ]);
    expect(hrefs('au')).toEqual([
      'tel:000',
      'tel:1800737732',
      'sms:0458737732',
      'tel:131114',
      'tel:1300789978',
      'tel:1800184527',
      'tel:1300766491',
      'https://ntv.org.au/get-help/getting-support',
    ]);
    expect(hrefs('ie')).toEqual(['tel:112', 'tel:1800341900', 'tel:1800816588', 'tel:1800929539', 'tel:1800778888', 'tel:116123']);
    expect(hrefs('nz')).toEqual(['tel:111', 'tel:0800733843', 'tel:0508744633', 'tel:0800456450', 'tel:1737', 'sms:1737']);
    expect(hrefs('de')).toEqual([
      'tel:110',
      'tel:116016',
      'tel:08001110111',
      'tel:08001110222',
      'tel:08001239900',
      'tel:08002255530',
      'tel:116111',
    ]);
    expect(hrefs('fr')).toEqual(['tel:17', 'tel:3919', 'https://arretonslesviolences.gouv.fr', 'tel:3114', 'tel:119']);
    expect(hrefs('es')).toEqual(['tel:112', 'tel:016', 'tel:900116016', 'tel:900202010']);
    expect(hrefs('it')).toEqual(['tel:112', 'tel:1522']);
    expect(hrefs('nl')).toEqual([
      'tel:112',
      'tel:08002000',
      'https://www.veiligthuis.nl',
      'tel:113',
      'https://www.113.nl',
      'tel:08000188',
      'tel:09000101',
    ]);
    expect(hrefs('in')).toEqual(['tel:112']);
    expect(hrefs('eu')).toEqual(['tel:112', 'tel:116006', 'tel:116000']);
  });

  it('maps each region subtag (ISO 3166-1, upper case) to one region only', () => {
    const subtags = REGIONS.flatMap((r) => r.subtags);
    expect(new Set(subtags).size).toBe(subtags.length);
    for (const s of subtags) expect(s).toMatch(/^[A-Z]{2}$/);
  });
});

describe('grouping for Help now', () => {
  it('puts the other lines under audience headings, in order, with nations and provinces as sub-headings', () => {
    const uk = REGIONS.find((r) => r.code === 'uk');
    const groups = uk ? groupLines(uk) : [];
    expect(groups.map((g) => g.group)).toEqual(['domestic', 'suicide', 'men', 'lgbtq', 'sexual-violence']);
    const domestic = groups[0];
    expect(domestic?.lines.map((l) => l.id)).toEqual(['uk-ndah']);
    expect(domestic?.areas.map((a) => a.area)).toEqual(['Scotland', 'Wales', 'Northern Ireland']);
    expect(domestic?.areas[1]?.lines.map((l) => l.id)).toEqual(['uk-wales-lff', 'uk-wales-lff-text']);
    expect(groups.flatMap((g) => [...g.lines, ...g.areas.flatMap((a) => a.lines)]).some((l) => l.emergency)).toBe(false);
  });

  it('lists Canada’s domestic violence lines by province only (there is no national one)', () => {
    const ca = REGIONS.find((r) => r.code === 'ca');
    const domestic = (ca ? groupLines(ca) : []).find((g) => g.group === 'domestic');
    expect(domestic?.lines).toEqual([]);
    expect(domestic?.areas.map((a) => a.area)).toEqual(['British Columbia', 'Alberta']);
    expect(ca?.note).toMatch(/by province/);
  });
});

describe('links', () => {
  it('dials digits and a leading plus only', () => {
    expect(dialString(' +44 (0)7700-900.123 ')).toBe('+4407700900123');
    expect(dialString('0808 2000 247')).toBe('08082000247');
    expect(telHref('1-800-799-7233')).toBe('tel:18007997233');
    expect(smsHref('88788', 'START now')).toBe('sms:88788?body=START%20now');
    expect(smsHref('+1 555 0100')).toBe('sms:+15550100');
  });
});

describe('region picking', () => {
  it('uses the region subtag of the first browser language that has one we know', () => {
    expect(pickRegion(['en-GB', 'en-US'])).toBe('uk');
    expect(pickRegion(['fr-CA'])).toBe('ca');
    expect(pickRegion(['en', 'en-AU'])).toBe('au');
    expect(pickRegion(['ga-IE'])).toBe('ie');
    expect(pickRegion(['en-NZ'])).toBe('nz');
    expect(pickRegion(['de-DE'])).toBe('de');
    expect(pickRegion(['es-419', 'es-ES'])).toBe('es');
    expect(pickRegion(['pl-PL'])).toBe('eu');
    expect(pickRegion(['nl-NL'])).toBe('nl');
    expect(pickRegion(['hi-IN'])).toBe('in');
    expect(pickRegion(['not a tag!'])).toBeNull();
    expect(pickRegion([])).toBeNull();
  });

  it('prefers a saved choice, then the language', () => {
    expect(effectiveRegion('ie', ['en-US'])).toBe('ie');
    expect(effectiveRegion('', ['en-US'])).toBe('us');
    expect(effectiveRegion('zz', ['en-GB'])).toBe('uk');
  });

  it('gives a language naming no region we list no region at all: never a fallback country', () => {
    for (const languages of [['de-CH'], ['nb-NO'], ['en'], ['es'], ['xx'], ['ja-JP'], ['en', 'ja-JP'], []]) {
      expect(effectiveRegion('', languages), languages.join(',')).toBeNull();
      expect(effectiveRegion('zz', languages), languages.join(',')).toBeNull();
    }
  });

  it('words the chooser shown without a region with no emergency number of any country', () => {
    const chooserText = [
      en['help.region'],
      en['help.regionChoose'],
      en['help.chooseTitle'],
      en['help.chooseBody'],
      en['help.chooseEmergency'],
      en['help.intro'],
    ];
    const numbers = REGIONS.map((r) => emergencyLine(r)?.number ?? '').filter((n) => n !== '');
    expect(numbers).toEqual(expect.arrayContaining(['911', '999', '112', '000', '111', '110', '17']));
    for (const text of chooserText) {
      expect(text, text).not.toMatch(/\d/);
      for (const n of numbers) expect(text.includes(n), `${n} in "${text}"`).toBe(false);
    }
    expect(en['help.chooseEmergency']).toContain('your local emergency number');
  });
});
