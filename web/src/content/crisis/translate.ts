// A language's words for the crisis-line directory, laid over the English regions: numbers,
// sources, check dates, kinds and languages stay as the region files give them (they were checked
// against the services' pages), only the sentences a person reads change.
import type { CrisisLine, Region, RegionCode } from './types';

/** The words of one line in another language; `name` only when the English name is not a proper name. */
export interface LineText {
  readonly name?: string;
  readonly purpose: string;
  /** Required when the English line has hours. */
  readonly hours?: string;
  /** Required when the English line has silent-call advice. */
  readonly silentCall?: string;
}

export interface RegionText {
  readonly name: string;
  /** Required when the English region has a note. */
  readonly note?: string;
  /** Every line of the region, by id. */
  readonly lines: Readonly<Record<string, LineText>>;
}

/** By region: every region, every line (see `gapsIn`). */
export type DirectoryText = Readonly<Record<RegionCode, RegionText>>;

function lineIn(line: CrisisLine, text: LineText | undefined): CrisisLine {
  if (text === undefined) return line;
  return {
    ...line,
    name: text.name ?? line.name,
    purpose: text.purpose,
    ...(line.hours !== undefined ? { hours: text.hours ?? line.hours } : {}),
    ...(line.silentCall !== undefined ? { silentCall: text.silentCall ?? line.silentCall } : {}),
  };
}

/** The regions with their sentences in the language of `text`; anything it lacks stays English
 * (the unit test refuses a gap, so that happens only in a build that failed its tests). */
export function translated(regions: readonly Region[], text: DirectoryText): Region[] {
  return regions.map((region) => {
    const words = text[region.code];
    return {
      ...region,
      name: words.name,
      ...(region.note !== undefined ? { note: words.note ?? region.note } : {}),
      lines: region.lines.map((line) => lineIn(line, words.lines[line.id])),
    };
  });
}

/** What `text` lacks or has too many of, against the English regions: empty when complete. */
export function gapsIn(regions: readonly Region[], text: DirectoryText): string[] {
  const gaps: string[] = [];
  for (const region of regions) {
    const words = text[region.code];
    if (region.note !== undefined && words.note === undefined) gaps.push(`${region.code}: note`);
    const ids = new Set(region.lines.map((l) => l.id));
    for (const id of Object.keys(words.lines)) if (!ids.has(id)) gaps.push(`${id}: no such line`);
    for (const line of region.lines) {
      const t = words.lines[line.id];
      if (t === undefined) gaps.push(`${line.id}: missing`);
      else {
        if (t.purpose.trim() === '') gaps.push(`${line.id}: purpose`);
        if (line.hours !== undefined && t.hours === undefined) gaps.push(`${line.id}: hours`);
        if (line.silentCall !== undefined && t.silentCall === undefined) gaps.push(`${line.id}: silentCall`);
      }
    }
  }
  return gaps;
}
