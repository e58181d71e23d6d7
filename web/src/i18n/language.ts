// Which language the app speaks, and the pseudo-locale the tests use to find text that is not
// translated. The language comes from the browser's list (the first one the app has); `en-XA`
// (the usual pseudo-locale tag) turns every message and content text into a marked, accented copy
// of the English, so a text shown without its marks is one that skipped translation.
// Pure: imports nothing from the app.

/** The languages the app is written in. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words, for the chooser: someone who cannot read the language shown
 * must still find theirs. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/** A language, or the pseudo-locale. */
export type Speech = Language | 'en-XA';
export const PSEUDO = 'en-XA';

export function isLanguage(code: unknown): code is Language {
  return typeof code === 'string' && (LANGUAGES as readonly string[]).includes(code);
}

/** The language to speak for a browser language list: the first one the app has, else English. */
export function languageFrom(tags: readonly string[]): Speech {
  for (const tag of tags) {
    if (tag.toLowerCase() === PSEUDO.toLowerCase()) return PSEUDO;
    const base = tag.toLowerCase().split('-')[0];
    const found = LANGUAGES.find((l) => l === base);
    if (found) return found;
  }
  return 'en';
}

/** The language for a saved choice and the browser's list: the choice when it is one the app has
 * (the pseudo-locale of the tests wins over it), else the browser's. */
export function speechFor(saved: string | undefined, tags: readonly string[]): Speech {
  const browser = languageFrom(tags);
  if (browser === PSEUDO) return PSEUDO;
  return isLanguage(saved) ? saved : browser;
}

const browserTags = (): readonly string[] => (typeof navigator === 'undefined' ? [] : navigator.languages);

let speech: Speech | undefined;

/** Fixes the language for this page load, before any text is looked up: main.tsx calls it with the
 * saved choice, then loads the app. Text is worded once per load, so a new choice reloads the page. */
export function startSpeaking(saved: string | undefined, tags: readonly string[] = browserTags()): Speech {
  const chosen = speechFor(saved, tags);
  if (speech !== undefined && speech !== chosen) {
    console.error(`The language was read (${speech}) before it was chosen (${chosen}); keeping ${speech}`);
    return speech;
  }
  speech = chosen;
  return speech;
}

/** The language the app speaks now (the browser's when nothing chose one: workers, unit tests). */
export function appSpeech(): Speech {
  speech ??= languageFrom(browserTags());
  return speech;
}

/** The locale for Intl (lists, numbers, dates, plurals) in the language spoken: English lists here have no comma before "and". */
export function intlLocale(spoken: Speech = appSpeech()): string {
  switch (spoken) {
    case 'en':
    case 'en-XA':
      return 'en-GB';
    case 'es':
      return 'es';
  }
}

/** The first browser tag in the language spoken, else that language's own locale. */
export function dateLocaleFor(tags: readonly string[], spoken: Speech = appSpeech()): string {
  if (spoken === PSEUDO) return intlLocale(spoken);
  const own = tags.find((tag) => tag.toLowerCase().split('-')[0] === spoken);
  return own ?? intlLocale(spoken);
}

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  y: 'ý',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  c: 'ç',
  n: 'ñ',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** "Lock" -> "⟦Löçk⟧": vowels accented, `{param}` slots and URLs kept, marked at both ends. */
export function pseudo(text: string): string {
  const parts = text.split(/(\{\w+\}|https?:\/\/\S+)/);
  const body = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/[aeiouyAEIOUcn]/g, (c) => ACCENTS[c] ?? c))).join('');
  return `${PSEUDO_OPEN}${body}${PSEUDO_CLOSE}`;
}

/** Content fields that are data, not words: kept as they are in the pseudo-locale. */
const DATA_FIELDS = new Set([
  'id',
  'ids',
  'kind',
  'category',
  'audience',
  'alsoFor',
  'code',
  'subtags',
  'number',
  'smsBody',
  'url',
  'sourceUrl',
  'checked',
  'languages',
  'emergency',
  'item',
  'section',
  'group',
  'sign',
  'result',
]);

/** Content maps keyed by id whose values are all words (even under a key such as `id`). */
const WORD_MAPS = new Set(['items', 'statuses', 'reminders', 'questions', 'results', 'advice']);

/** A deep copy of English content with every word text made pseudo (for the pseudo-locale). */
export function pseudoContent<T>(value: T, field = '', inWordMap = false): T {
  if (!inWordMap && DATA_FIELDS.has(field)) return value;
  if (typeof value === 'string') return pseudo(value) as T;
  if (Array.isArray(value)) return value.map((v) => pseudoContent(v, field)) as T;
  if (value !== null && typeof value === 'object') {
    const words = WORD_MAPS.has(field);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoContent(v, k, words)])) as T;
  }
  return value;
}

/** The content for the language spoken: `en` unless a translation exists; pseudo text for `en-XA`. */
export function contentFor<T>(byLanguage: { readonly en: T } & Partial<Record<Language, T>>, spoken: Speech = appSpeech()): T {
  if (spoken === PSEUDO) return pseudoContent(byLanguage.en);
  return byLanguage[spoken] ?? byLanguage.en;
}
