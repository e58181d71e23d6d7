// The language the app speaks, and the pseudo-locale that finds untranslated text.
import { describe, expect, it } from 'vitest';
import { safetyPlan as safetyPlanEn } from '../content/safety-plan.en';
import { walkAway as walkAwayEn } from '../content/walk-away.en';
import { en } from './en';
import {
  contentFor,
  dateLocaleFor,
  intlLocale,
  isLanguage,
  LANGUAGE_NAMES,
  LANGUAGES,
  languageFrom,
  PSEUDO_CLOSE,
  PSEUDO_OPEN,
  pseudo,
  pseudoContent,
  speechFor,
} from './language';

const marked = (text: string) => text.startsWith(PSEUDO_OPEN) && text.endsWith(PSEUDO_CLOSE);

/** Every string in `value` with the path to it. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('language', () => {
  it('speaks the first browser language it has, English otherwise', () => {
    expect(languageFrom(['de-CH', 'en-NZ'])).toBe('en');
    expect(languageFrom(['nb-NO'])).toBe('en');
    expect(languageFrom([])).toBe('en');
    expect(languageFrom(['en-XA', 'en'])).toBe('en-XA');
    expect(languageFrom(['es-MX', 'en-US'])).toBe('es');
    expect(languageFrom(['ca-ES', 'ES-419'])).toBe('es');
  });

  it('speaks the language chosen on this device over the browser’s, and ignores a choice it does not have', () => {
    expect(speechFor('es', ['en-GB'])).toBe('es');
    expect(speechFor('en', ['es-ES'])).toBe('en');
    expect(speechFor(undefined, ['es-ES'])).toBe('es');
    expect(speechFor('de', ['en-NZ'])).toBe('en');
    expect(speechFor('en-XA', ['es-ES'])).toBe('es');
    // the tests' pseudo-locale wins, so its spec can never pass on a saved choice
    expect(speechFor('es', ['en-XA'])).toBe('en-XA');
    expect(isLanguage('es')).toBe(true);
    expect(isLanguage('ES')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  it('names every language in its own words and gives each an Intl locale', () => {
    expect(LANGUAGE_NAMES).toEqual({ en: 'English', es: 'Español' });
    for (const code of LANGUAGES) expect(Intl.getCanonicalLocales(intlLocale(code)), code).toHaveLength(1);
    expect(new Intl.ListFormat(intlLocale('es'), { type: 'conjunction' }).format(['a', 'b', 'c'])).toBe('a, b y c');
  });

  it('writes dates in the browser’s own locale only when it is in the language spoken', () => {
    expect(dateLocaleFor(['en-US'], 'en')).toBe('en-US');
    expect(dateLocaleFor(['de-DE', 'en-AU'], 'en')).toBe('en-AU');
    expect(dateLocaleFor(['de-DE'], 'en')).toBe('en-GB');
    expect(dateLocaleFor(['es-MX', 'en-US'], 'es')).toBe('es-MX');
    expect(dateLocaleFor(['en-US'], 'es')).toBe('es');
  });

  it('marks every message in the pseudo-locale and keeps its parameters', () => {
    for (const [key, text] of Object.entries(en)) {
      const p = pseudo(text);
      expect(marked(p), key).toBe(true);
      expect(p.match(/\{\w+\}/g) ?? [], key).toEqual(text.match(/\{\w+\}/g) ?? []);
    }
    expect(pseudo('Lock')).toBe('⟦Löçk⟧');
  });

  it('marks every word of the plan and walk-away content, and leaves ids alone', () => {
    for (const content of [safetyPlanEn, walkAwayEn]) {
      const words = strings(pseudoContent<unknown>(content)).filter(([path]) => !/\.id$/.test(path));
      expect(words.length).toBeGreaterThan(30);
      for (const [path, text] of words) expect(marked(text), path).toBe(true);
    }
    // ids keep their value, so the plan record and the core still match them
    const plan = pseudoContent(safetyPlanEn);
    expect(plan.groups.flatMap((g) => [g.id, ...g.sections.map((s) => s.id)])).toEqual(
      safetyPlanEn.groups.flatMap((g) => [g.id, ...g.sections.map((s) => s.id)]),
    );
    expect(Object.keys(pseudoContent(walkAwayEn).questions)).toEqual(Object.keys(walkAwayEn.questions));
    expect(pseudoContent(safetyPlanEn).checklist.items.id).toBe(pseudo(safetyPlanEn.checklist.items.id ?? ''));
    expect(contentFor({ en: walkAwayEn }, 'en')).toBe(walkAwayEn);
  });
});
