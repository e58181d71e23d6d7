// Pure helpers for crisis lines and the person's own contacts: one-tap links, region picking and
// the order in which Help now lists a region's lines.
import { appSpeech } from '../../../i18n/language';
import { REGIONS, type Audience, type CrisisLine, type Region, type RegionCode } from '../../../content/crisis-lines';

/** Digits with an optional leading '+': what a phone dials. Spaces, dashes, dots and brackets go. */
export function dialString(number: string): string {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

export function telHref(number: string): string {
  return `tel:${dialString(number)}`;
}

/** An sms: link; `body` pre-fills the first word a line asks for (e.g. START). */
export function smsHref(number: string, body?: string): string {
  const to = dialString(number);
  return body ? `sms:${to}?body=${encodeURIComponent(body)}` : `sms:${to}`;
}

/** tel: for calls and TTY, sms: for text lines, the service's own https page for chat. */
export function lineHref(line: CrisisLine): string {
  if (line.kind === 'chat') return line.url ?? '';
  const number = line.number ?? '';
  return line.kind === 'text' ? smsHref(number, line.smsBody) : telHref(number);
}

export function findRegion(code: string): Region | undefined {
  return REGIONS.find((r) => r.code === code);
}

function regionSubtag(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).region;
  } catch {
    return undefined;
  }
}

/** The first browser language whose region subtag (en-GB, fr-CA) we have lines for. */
export function pickRegion(languages: readonly string[]): RegionCode | null {
  for (const tag of languages) {
    const sub = regionSubtag(tag);
    const region = sub ? REGIONS.find((r) => r.subtags.includes(sub)) : undefined;
    if (region) return region.code;
  }
  return null;
}

/**
 * The person's saved choice if it names a region, else the browser language's region. Null when
 * neither names a region we list: Help now then asks, and shows no country's emergency number.
 */
export function effectiveRegion(saved: string, languages: readonly string[]): RegionCode | null {
  return findRegion(saved)?.code ?? pickRegion(languages);
}

/** A region's one emergency line (the schema test holds every region to exactly one). */
export function emergencyLine(region: Region): CrisisLine | undefined {
  return region.lines.find((l) => l.emergency);
}

/** The headings Help now groups a region's other lines under, in this order. */
export type LineGroup = 'domestic' | 'suicide' | 'men' | 'lgbtq' | 'sexual-violence' | 'young-people' | 'stop-hurting';
export const LINE_GROUPS: readonly LineGroup[] = ['domestic', 'suicide', 'men', 'lgbtq', 'sexual-violence', 'young-people', 'stop-hurting'];

const GROUP_OF: Readonly<Record<Audience, LineGroup>> = {
  everyone: 'domestic',
  women: 'domestic',
  men: 'men',
  lgbtq: 'lgbtq',
  'sexual-violence': 'sexual-violence',
  'young-people': 'young-people',
  suicide: 'suicide',
  'stop-hurting': 'stop-hurting',
};

export interface GroupedLines {
  group: LineGroup;
  /** Lines for the whole region, in the data's order. */
  lines: CrisisLine[];
  /** Lines for one part of the region (a nation, a province), in order of first appearance. */
  areas: { area: string; lines: CrisisLine[] }[];
}

/** Lines that answer in `language` first, the rest after, each in the data's order. */
function inLanguageFirst(lines: readonly CrisisLine[], language: string): CrisisLine[] {
  const speaks = (line: CrisisLine) => line.languages.some((tag) => tag.split('-')[0] === language);
  return [...lines.filter(speaks), ...lines.filter((line) => !speaks(line))];
}

/** The region's lines other than the emergency line, by group, those answering in the language
 * spoken first in each; groups without lines are left out. */
export function groupLines(region: Region, language: string = appSpeech()): GroupedLines[] {
  const out: GroupedLines[] = LINE_GROUPS.map((group) => ({ group, lines: [], areas: [] }));
  for (const line of region.lines) {
    if (line.emergency) continue;
    const entry = out[LINE_GROUPS.indexOf(GROUP_OF[line.audience])];
    if (!entry) continue;
    if (line.area === undefined) {
      entry.lines.push(line);
      continue;
    }
    const area = entry.areas.find((a) => a.area === line.area);
    if (area) area.lines.push(line);
    else entry.areas.push({ area: line.area, lines: [line] });
  }
  return out
    .filter((g) => g.lines.length > 0 || g.areas.length > 0)
    .map((g) => ({
      ...g,
      lines: inLanguageFirst(g.lines, language),
      areas: g.areas.map((a) => ({ ...a, lines: inLanguageFirst(a.lines, language) })),
    }));
}
