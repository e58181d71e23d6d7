// The shape of the crisis-line directory. Every line names the page of the service (or of a
// government) where its number was seen, and the day it was checked there.

export type RegionCode = 'us' | 'uk' | 'ca' | 'au' | 'ie' | 'nz' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'in' | 'eu';

/** call and tty dial the number; text opens a message to it; chat opens the service's own web page. */
export type LineKind = 'call' | 'text' | 'chat' | 'tty';
export const LINE_KINDS: readonly LineKind[] = ['call', 'text', 'chat', 'tty'];

/** Who a line is for; the directory groups lines by it (Help now shows one heading per group). */
export type Audience = 'everyone' | 'women' | 'men' | 'lgbtq' | 'sexual-violence' | 'young-people' | 'suicide' | 'stop-hurting';
export const AUDIENCES: readonly Audience[] = [
  'everyone',
  'women',
  'men',
  'lgbtq',
  'sexual-violence',
  'young-people',
  'suicide',
  'stop-hurting',
];

export interface CrisisLine {
  /** Stable id, prefixed with the region code (for keys and tests). */
  id: string;
  name: string;
  kind: LineKind;
  /** As the service writes it; dialled with everything but digits and a leading + removed. Not for chat. */
  number?: string;
  /** For text lines that ask for a first word, e.g. START. */
  smsBody?: string;
  /** Chat only: the https page of the service where the chat opens. */
  url?: string;
  /** Emergency services (police, ambulance, fire): exactly one per region. */
  emergency?: true;
  /** Emergency line only: how to ask for help without speaking, as the police or a service publish it. */
  silentCall?: string;
  /** Where the silent-call advice is published, when that is not the line's own source page. */
  silentCallSource?: { url: string; name: string };
  audience: Audience;
  /** Further audiences the same line serves (shown, not grouped by). */
  alsoFor?: readonly Audience[];
  /** Part of the region the line serves (Scotland, Ontario…); national when absent. */
  area?: string;
  /** BCP 47 language tags the line answers in; empty only for EU-wide numbers, which each country answers in its own. */
  languages: readonly string[];
  /** The service says it can bring in an interpreter for other languages. */
  interpreters?: true;
  /** What it is for, in one plain sentence. */
  purpose: string;
  /** Only as the source publishes them; left out when the page did not say. */
  hours?: string;
  /** https address of the page where the number (or chat) is published. */
  sourceUrl: string;
  /** Who publishes that page. */
  sourceName: string;
  /** YYYY-MM-DD: the day the number was last checked against that page. */
  checked: string;
}

export interface Region {
  code: RegionCode;
  name: string;
  /** ISO 3166-1 region subtags (as in a browser language such as en-GB) that pick this region. */
  subtags: readonly string[];
  /** A sentence shown above the lines, e.g. that Canada's lines are listed by province. */
  note?: string;
  /** The emergency line first, then the rest. */
  lines: readonly CrisisLine[];
}
