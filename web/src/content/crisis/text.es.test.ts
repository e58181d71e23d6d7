// The Spanish words of the crisis-line directory: complete, and keeping every number the English
// gives (a silent-call step, an hour, a number to dial must never be lost in translation).
import { describe, expect, it } from 'vitest';
import { REGIONS_EN } from './index';
import { DIRECTORY_ES } from './text.es';
import { gapsIn } from './translate';

/** The digit sequences of a text, with how often each occurs. */
function digitCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of text.match(/\d+/g) ?? []) counts.set(d, (counts.get(d) ?? 0) + 1);
  return counts;
}

/** The digit sequences of `english` that `spanish` lacks (or has fewer times). */
function lostDigits(english: string, spanish: string): string[] {
  const have = digitCounts(spanish);
  const lost: string[] = [];
  for (const [d, n] of digitCounts(english)) if ((have.get(d) ?? 0) < n) lost.push(d);
  return lost;
}

const pairs = REGIONS_EN.flatMap((region) => region.lines.map((line) => ({ region, line, es: DIRECTORY_ES[region.code].lines[line.id] })));

describe('the Spanish crisis-line directory', () => {
  it('has words for every region and line, and none for lines that do not exist', () => {
    expect(gapsIn(REGIONS_EN, DIRECTORY_ES)).toEqual([]);
    expect(Object.keys(DIRECTORY_ES).sort()).toEqual(REGIONS_EN.map((r) => r.code).sort());
  });

  it('keeps every number of the English silent-call advice', () => {
    const silent = pairs.filter(({ line }) => line.silentCall !== undefined);
    expect(silent.length).toBeGreaterThan(5);
    for (const { line, es } of silent) {
      expect(es?.silentCall, line.id).toBeDefined();
      expect(lostDigits(line.silentCall ?? '', es?.silentCall ?? ''), line.id).toEqual([]);
    }
  });

  it('keeps every number of the English hours', () => {
    for (const { line, es } of pairs) {
      if (line.hours === undefined) {
        expect(es?.hours, `${line.id} has no hours in English`).toBeUndefined();
        continue;
      }
      expect(lostDigits(line.hours, es?.hours ?? ''), line.id).toEqual([]);
    }
  });

  it('has silent-call advice only where the English has it', () => {
    for (const { line, es } of pairs) if (line.silentCall === undefined) expect(es?.silentCall, line.id).toBeUndefined();
  });

  it('keeps the numbers and words to text of purposes, names and notes', () => {
    for (const { line, es } of pairs) {
      expect(lostDigits(line.purpose, es?.purpose ?? ''), `${line.id} purpose`).toEqual([]);
      if (es?.name !== undefined) expect(lostDigits(line.name, es.name), `${line.id} name`).toEqual([]);
      if (line.smsBody !== undefined && line.purpose.includes(line.smsBody)) expect(es?.purpose, line.id).toContain(line.smsBody);
      expect(es?.purpose, line.id).toMatch(/^[A-ZÁÉÍÓÚÑ0-9¿¡].*\.$/);
    }
    for (const region of REGIONS_EN) {
      const note = DIRECTORY_ES[region.code].note;
      if (region.note === undefined) expect(note, region.code).toBeUndefined();
      else expect(lostDigits(region.note, note ?? ''), `${region.code} note`).toEqual([]);
    }
  });
});
