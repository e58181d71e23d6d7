import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MissingMessageError, translate, translatePlural } from './index';
import { en } from './en';
import { es } from './es';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'wasm' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const catalog: Record<string, string> = en;
const namespaces = new Set(Object.keys(en).map((key) => key.split('.')[0]));
// The catalogues themselves are not sources: a key written in es.ts does not make it used.
const files = sourceFiles(SRC).filter((path) => !/[/\\]i18n[/\\][a-z]{2}\.ts$/.test(path));

/** Every string literal in the sources that looks like a message key ('namespace.rest'). */
function keyLiterals(): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/['"`]([a-z]+)\.([A-Za-z0-9.]+)['"`]/g)) {
      if (namespaces.has(match[1] ?? '')) found.push({ file: relative(SRC, file), key: `${match[1]}.${match[2]}` });
    }
  }
  return found;
}

describe('translate', () => {
  it('fills parameters', () => {
    expect(translate({ a: 'Use at least {min} characters, {min}!' }, 'a', { min: 12 })).toBe('Use at least 12 characters, 12!');
  });

  it('throws on a missing key, naming it', () => {
    expect(() => translate({ a: 'x' }, 'b')).toThrow(MissingMessageError);
    expect(() => translate({ a: 'x' }, 'b')).toThrow('Missing message: b');
  });

  it('does not treat inherited properties as messages', () => {
    expect(() => translate({}, 'toString')).toThrow(MissingMessageError);
  });

  it('throws on a missing parameter instead of showing a raw placeholder', () => {
    expect(() => translate({ a: 'at least {min}' }, 'a')).toThrow('{min}');
  });

  it('chooses plural forms by count', () => {
    const messages = { 'n.one': '{count} entry', 'n.other': '{count} entries' };
    expect(translatePlural(messages, 'n', 1)).toBe('1 entry');
    expect(translatePlural(messages, 'n', 0)).toBe('0 entries');
    expect(translatePlural(messages, 'n', 2)).toBe('2 entries');
  });

  it('says the unreadable-entries notice plainly', () => {
    expect(translatePlural(en, 'journal.unreadable', 1)).toContain('1 entry could not be opened (it may be damaged)');
    expect(translatePlural(en, 'journal.unreadable', 3)).toContain('3 entries could not be opened');
  });
});

describe('the English catalogue', () => {
  it('has every key the sources use', () => {
    const missing = keyLiterals().filter(({ key }) => !Object.hasOwn(catalog, key) && !Object.hasOwn(catalog, `${key}.other`));
    expect(missing).toEqual([]);
  });

  it('has no key the sources never use', () => {
    const used = new Set(keyLiterals().map(({ key }) => key));
    const unused = Object.keys(en).filter((key) => !used.has(key) && !used.has(key.replace(/\.(zero|one|two|few|many|other)$/, '')));
    expect(unused).toEqual([]);
  });

  it('has non-empty messages with well-formed placeholders', () => {
    for (const [key, value] of Object.entries(en)) {
      expect(value.trim(), key).not.toBe('');
      expect(value.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('keeps the accessible names the end-to-end suite relies on', () => {
    expect(en['create.title']).toBe('Create your vault');
    expect(en['create.passphrase']).toBe('Passphrase');
    expect(en['create.repeat']).toBe('Repeat passphrase');
    expect(en['create.warning']).toContain('cannot be recovered');
    expect(en['create.submit']).toBe('Create vault');
    expect(en['create.error.mismatch']).toContain('do not match');
    expect(en['create.error.tooShort']).toContain('at least');
    expect(en['unlock.title']).toBe('Unlock');
    expect(en['unlock.submit']).toBe('Unlock');
    expect(en['unlock.busy']).toBe('Unlocking…');
    expect(en['unlock.busyLabel']).toBe('Unlocking');
    expect(en['unlock.error.wrong']).toContain('passphrase is not right');
    expect(en['journal.title']).toBe('Journal');
    expect(en['app.lock']).toBe('Lock');
    expect(en['journal.new']).toBe('New entry');
    expect(en['journal.listLabel']).toBe('Entries');
    expect(en['editor.label']).toBe('Entry');
    expect(en['editor.save']).toBe('Save');
    expect(en['editor.cancel']).toBe('Cancel');
    expect(en['journal.edit']).toMatch(/^Edit/);
    expect(en['journal.delete']).toMatch(/^Delete/);
    expect(en['journal.confirmYes']).toBe('Yes, delete');
    expect(en['journal.confirmNo']).toBe('Keep it');
    expect(en['journal.empty']).toContain('No entries yet');
    expect(en['sw.offlineReady']).toBe('Ready to work offline');
    expect(en['sw.updateAvailable']).toBe('Update available');
    expect(en['sw.update']).toBe('Update');
  });

  it('is neutral where a partner might glance (title, brand)', () => {
    expect(en['app.name']).toBe('Kintsugi');
  });
});

describe('components', () => {
  it('hold no user-visible English text (it lives in the catalogue)', () => {
    const offenders: string[] = [];
    for (const file of files.filter((path) => path.endsWith('.tsx'))) {
      const text = readFileSync(file, 'utf8');
      // JSX text between tags (not an arrow's return type, as in `=> Promise<T>`), and string-valued aria-label / title / placeholder attributes.
      for (const match of text.matchAll(/(?<!=)>\s*([A-Za-z][^<>{}();=]*?)\s*</g)) offenders.push(`${relative(SRC, file)}: ${match[1]}`);
      for (const match of text.matchAll(/(aria-label|title|placeholder|alt)="([^"]+)"/g))
        offenders.push(`${relative(SRC, file)}: ${match[2]}`);
    }
    expect(offenders).toEqual([]);
  });
});

/** The `{param}` names of a message, sorted. */
const paramsOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Spanish catalogue', () => {
  it('has exactly the English keys, each with the same parameters', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en)) {
      const spanish: string = es[key as keyof typeof es];
      expect(spanish.trim(), key).not.toBe('');
      expect(paramsOf(spanish), key).toEqual(paramsOf(text));
      expect(spanish.replace(/\{\w+\}/g, ''), key).not.toMatch(/[{}]/);
    }
  });

  it('is written in Spanish: only names and symbols read the same as the English', () => {
    const same = Object.keys(en).filter((key) => es[key as keyof typeof es] === en[key as keyof typeof en]);
    expect(
      same.every((key) => !/\p{L}{3,}\s+\p{L}{3,}/u.test(en[key as keyof typeof en])),
      same.join(', '),
    ).toBe(true);
    expect(same.length).toBeLessThan(Object.keys(en).length / 20);
  });

  it('asks questions and exclaims the Spanish way', () => {
    for (const [key, text] of Object.entries(es)) {
      for (const sentence of text.split(/(?<=[.!?:])\s+/)) {
        if (sentence.trimEnd().endsWith('?')) expect(sentence, key).toContain('¿');
      }
    }
  });

  it('picks plural forms by Spanish rules', () => {
    expect(translatePlural(es, 'walkaway.keptYes', 1, {}, 'es')).toBe(es['walkaway.keptYes.one'].replace('{count}', '1'));
    expect(translatePlural(es, 'walkaway.keptYes', 3, {}, 'es')).toBe(es['walkaway.keptYes.other'].replace('{count}', '3'));
    // CLDR gives Spanish a "many" form for a million; the catalogue falls back to "other".
    expect(translatePlural(es, 'walkaway.keptYes', 1_000_000, {}, 'es')).toBe(es['walkaway.keptYes.other'].replace('{count}', '1000000'));
  });
});
