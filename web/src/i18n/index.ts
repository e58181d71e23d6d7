// A tiny message lookup. Components never hold user-visible text: they call t()/tn().
import { en, type MessageKey, type Messages } from './en';
import { appSpeech, dateLocaleFor, intlLocale, PSEUDO, pseudo, type Speech } from './language';

export type { MessageKey, Messages };
export type Params = Readonly<Record<string, string | number>>;

export class MissingMessageError extends Error {
  readonly key: string;
  constructor(key: string) {
    super(`Missing message: ${key}`);
    this.key = key;
    this.name = 'MissingMessageError';
  }
}

/** Looks up `key` in `messages` and fills `{param}` slots. Throws on a missing key or parameter. */
export function translate(messages: Messages, key: string, params: Params = {}): string {
  const template = Object.hasOwn(messages, key) ? messages[key] : undefined;
  if (template === undefined) throw new MissingMessageError(key);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!Object.hasOwn(params, name)) throw new Error(`Message ${key} needs parameter {${name}}`);
    return String(params[name]);
  });
}

/** The messages of a language: English is part of every build; another language's catalogue is
 * its own chunk, loaded only by those who speak it (the pseudo-locale marks every English one). */
async function messagesOf(spoken: Speech): Promise<Messages> {
  return spoken === 'es' ? (await import('./es')).es : builtIn(spoken);
}

/** English, or the pseudo-locale made from it. */
function builtIn(spoken: Speech): Messages {
  return spoken === PSEUDO ? (Object.fromEntries(Object.entries(en).map(([key, text]) => [key, pseudo(text)])) as Messages) : en;
}

let spokenMessages: Messages | undefined;

/** Loads the messages of the language spoken; main.tsx awaits it before the first screen. */
export async function loadMessages(spoken: Speech = appSpeech()): Promise<void> {
  spokenMessages = await messagesOf(spoken);
}

function current(): Messages {
  // Only code that runs without main.tsx (unit tests, in English) gets here before loadMessages.
  spokenMessages ??= builtIn(appSpeech());
  return spokenMessages;
}

export function t(key: MessageKey, params?: Params): string {
  try {
    return translate(current(), key, params);
  } catch (error) {
    // Never crash the screen over text; surface the problem to developers.
    console.error(error);
    return key;
  }
}

/** Plural-aware lookup: picks `${base}.${category}` for `count`, falling back to `.other`. */
export function translatePlural(messages: Messages, base: string, count: number, params: Params = {}, pluralLocale = 'en'): string {
  const category = new Intl.PluralRules(pluralLocale).select(count);
  const key = Object.hasOwn(messages, `${base}.${category}`) ? `${base}.${category}` : `${base}.other`;
  return translate(messages, key, { count, ...params });
}

type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never;

export function tn(base: PluralBase, count: number, params?: Params): string {
  try {
    // Plural categories follow the language of the messages.
    return translatePlural(current(), base, count, params, messagesLocale());
  } catch (error) {
    console.error(error);
    return base;
  }
}

/** The locale the messages are written for: lists, numbers, dates and month names follow it, so
 * they match the words around them. */
export function messagesLocale(): string {
  return intlLocale();
}

/** "a", "a and b", "a, b and c", in the messages' language. */
export function formatList(items: readonly string[]): string {
  return new Intl.ListFormat(messagesLocale(), { type: 'conjunction', style: 'long' }).format(items);
}

/** A number in the messages' language; halves round to even, as the core's English does. */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(messagesLocale(), { useGrouping: false, roundingMode: 'halfEven', ...options }).format(value);
}

/** The locale for dates: the browser's own when it is in the language spoken (so "Jan 3" in the
 * US and "3 Jan" in the UK), else the messages' locale, so dates never come in another language. */
export function dateLocale(): string {
  return dateLocaleFor(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/** The word for `id` from `words` (message keys by id); an id with no word (the person's own
 * name for something, or one this build does not know) is shown as it is. */
export function wordOf(words: Readonly<Record<string, MessageKey>>, id: string | undefined): string {
  const key = id !== undefined && Object.hasOwn(words, id) ? words[id] : undefined;
  return key === undefined ? (id ?? '') : t(key);
}
