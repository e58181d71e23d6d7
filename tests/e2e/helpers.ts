// Shared helpers for the Kintsugi end-to-end suite.
// Every locator here follows the UI section of the contract (accessible names and roles),
// never CSS classes, so a failing locator means the app deviates from the contract.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Generous wait for anything that runs Argon2id (64 MiB) in the worker. */
export const ARGON_TIMEOUT = 20_000;

// ---------------------------------------------------------------------------------------
// Screens

export function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

export async function expectCreateScreen(page: Page): Promise<void> {
  await expect(heading(page, 'Create your vault')).toBeVisible();
}

export async function expectUnlockScreen(page: Page): Promise<void> {
  await expect(heading(page, 'Unlock')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
}

export async function expectJournal(page: Page): Promise<void> {
  await expect(heading(page, 'Journal')).toBeVisible({ timeout: ARGON_TIMEOUT });
  await expect(lockButton(page)).toBeVisible();
}

export function passphraseField(page: Page): Locator {
  return page.getByLabel('Passphrase', { exact: true });
}

export function lockButton(page: Page): Locator {
  return page.getByRole('button', { name: 'Lock', exact: true });
}

export function entriesList(page: Page): Locator {
  return page.getByRole('list', { name: 'Entries', exact: true });
}

/** The `<li>` of the entry whose text contains `text`. */
export function entryItem(page: Page, text: string): Locator {
  return entriesList(page).getByRole('listitem').filter({ hasText: text });
}

/** Opens the app at the base URL (the sub-path unless a spec overrides baseURL). */
export async function openApp(page: Page): Promise<void> {
  await page.goto('./');
}

// ---------------------------------------------------------------------------------------
// Flows

/** On the "Create your vault" screen: creates the vault and waits for the journal. */
export async function createVault(page: Page, passphrase: string): Promise<void> {
  await expectCreateScreen(page);
  await passphraseField(page).fill(passphrase);
  await page.getByLabel('Repeat passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Create vault', exact: true }).click();
  await expectJournal(page);
}

/** On the "Unlock" screen: unlocks with the right passphrase and waits for the journal. */
export async function unlock(page: Page, passphrase: string): Promise<void> {
  await expectUnlockScreen(page);
  await passphraseField(page).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expectJournal(page);
}

/**
 * On the "Unlock" screen after `count` wrong passphrases: unlocks, finds them listed on the
 * notice the app shows first, says they were seen, and waits for the journal.
 */
export async function unlockAfterFailedAttempts(page: Page, passphrase: string, count: number): Promise<void> {
  await expectUnlockScreen(page);
  await passphraseField(page).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  const attempts = page.getByRole('region', { name: /^Someone tried to open it/ });
  await expect(attempts.getByRole('listitem')).toHaveCount(count, { timeout: ARGON_TIMEOUT });
  await page.getByRole('button', { name: 'I’ve seen this', exact: true }).click();
  await expectJournal(page);
}

/** Locks from the journal and waits for the unlock screen. */
export async function lock(page: Page): Promise<void> {
  await lockButton(page).click();
  await expectUnlockScreen(page);
}

/** Reloads and unlocks again. */
export async function reloadAndUnlock(page: Page, passphrase: string): Promise<void> {
  await page.reload();
  await unlock(page, passphrase);
}

/** Adds a journal entry through the editor and waits until it is listed. */
export async function addEntry(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  const editor = page.getByLabel('Entry', { exact: true });
  await expect(editor).toBeVisible();
  await editor.fill(text);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(entryItem(page, text)).toHaveCount(1);
}

/** Edits the entry showing `oldText` into `newText`. */
export async function editEntry(page: Page, oldText: string, newText: string): Promise<void> {
  await entryItem(page, oldText).getByRole('button', { name: /^Edit/ }).click();
  const editor = page.getByLabel('Entry', { exact: true });
  await expect(editor).toHaveValue(oldText);
  await editor.fill(newText);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(entryItem(page, newText)).toHaveCount(1);
  await expect(entryItem(page, oldText)).toHaveCount(0);
  // The list has settled (scroll place restored) once focus is back on the edited entry, so
  // the next tap lands where it aims.
  await expect(entryItem(page, newText).getByRole('button', { name: /^Edit/ })).toBeFocused();
}

/** Deletes the entry showing `text`, confirming in-app with "Yes, delete". */
export async function deleteEntry(page: Page, text: string): Promise<void> {
  await entryItem(page, text)
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('button', { name: 'Keep it', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete', exact: true }).click();
  await expect(entryItem(page, text)).toHaveCount(0);
}

/**
 * Waits until a service worker controls the page. vite-plugin-pwa's SW may not claim the
 * first page, so this reloads once if needed; `passphrase` (if given) unlocks after it.
 */
export async function waitForServiceWorkerControl(page: Page, passphrase?: string): Promise<void> {
  const ready = await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return 'no serviceWorker API';
    const timeout = new Promise<string>((r) => setTimeout(() => r('timeout'), 20_000));
    return Promise.race([navigator.serviceWorker.ready.then(() => 'ready'), timeout]);
  });
  expect(ready, 'a service worker registration becomes active').toBe('ready');
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 15_000,
    });
    if (passphrase !== undefined) await unlock(page, passphrase);
  }
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

// ---------------------------------------------------------------------------------------
// Storage dump

export interface BytesValue {
  kind: 'bytes';
  /** Which JS type held the bytes (Uint8Array, ArrayBuffer, Blob, ...). */
  type: string;
  length: number;
  /** Each byte as one char (Latin-1). */
  latin1: string;
  /** The bytes decoded as UTF-8 (lossy). */
  utf8: string;
  hex: string;
}
export interface StringValue {
  kind: 'string';
  value: string;
}
export interface JsonValue {
  kind: 'json';
  /** JSON of the value, with nested bytes replaced by their hex. */
  json: string;
}
export type DumpedValue = BytesValue | StringValue | JsonValue;

export interface DumpedRecord {
  key: string;
  value: DumpedValue;
}
export interface DumpedStore {
  name: string;
  records: DumpedRecord[];
}
export interface DumpedDatabase {
  name: string;
  version: number;
  stores: DumpedStore[];
}
export interface DumpedCacheEntry {
  cache: string;
  url: string;
  /** Body bytes as Latin-1 (so UTF-8 / UTF-16 patterns can be searched byte-wise). */
  bodyLatin1: string;
  /** Body decoded as UTF-8 text. */
  bodyText: string;
}
export interface StorageDump {
  databases: DumpedDatabase[];
  localStorage: Record<string, string>;
  sessionStorage: Record<string, string>;
  caches: DumpedCacheEntry[];
}

/**
 * Reads, inside the page, everything the origin has stored: every IndexedDB database,
 * every object store's keys and values, localStorage, sessionStorage and every Cache
 * Storage entry (URL and body).
 */
export async function dumpAllStorage(page: Page): Promise<StorageDump> {
  return page.evaluate(async (): Promise<StorageDump> => {
    const toLatin1 = (bytes: Uint8Array): string => {
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return s;
    };
    const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    const bytesOf = async (v: unknown): Promise<Uint8Array | null> => {
      if (v instanceof ArrayBuffer) return new Uint8Array(v);
      if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      if (v instanceof Blob) return new Uint8Array(await v.arrayBuffer());
      return null;
    };
    const dumpValue = async (v: unknown): Promise<DumpedValue> => {
      const bytes = await bytesOf(v);
      if (bytes) {
        return {
          kind: 'bytes',
          type: Object.prototype.toString.call(v).slice(8, -1),
          length: bytes.length,
          latin1: toLatin1(bytes),
          utf8: new TextDecoder().decode(bytes),
          hex: toHex(bytes),
        };
      }
      if (typeof v === 'string') return { kind: 'string', value: v };
      const json = JSON.stringify(v, (_k, inner: unknown) => {
        if (inner instanceof ArrayBuffer) return { hex: toHex(new Uint8Array(inner)) };
        if (ArrayBuffer.isView(inner)) {
          return { hex: toHex(new Uint8Array(inner.buffer, inner.byteOffset, inner.byteLength)) };
        }
        return inner;
      });
      return { kind: 'json', json: json ?? String(v) };
    };
    const keyString = (k: IDBValidKey): string => {
      if (typeof k === 'string') return k;
      if (k instanceof ArrayBuffer || ArrayBuffer.isView(k)) {
        const b = k instanceof ArrayBuffer ? new Uint8Array(k) : new Uint8Array(k.buffer, k.byteOffset, k.byteLength);
        return `hex:${toHex(b)}`;
      }
      return JSON.stringify(k);
    };
    const req = <T>(r: IDBRequest<T>): Promise<T> =>
      new Promise((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });

    const databases: DumpedDatabase[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name as string);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
        open.onblocked = () => reject(new Error(`open ${info.name} blocked`));
      });
      try {
        const stores: DumpedStore[] = [];
        for (const storeName of Array.from(db.objectStoreNames)) {
          const store = db.transaction(storeName, 'readonly').objectStore(storeName);
          const keys = await req(store.getAllKeys());
          const values = await req(store.getAll());
          const records: DumpedRecord[] = [];
          for (let i = 0; i < keys.length; i++) {
            records.push({ key: keyString(keys[i]), value: await dumpValue(values[i]) });
          }
          stores.push({ name: storeName, records });
        }
        databases.push({ name: db.name, version: db.version, stores });
      } finally {
        db.close();
      }
    }

    const dumpWebStorage = (s: Storage): Record<string, string> => {
      const out: Record<string, string> = {};
      for (let i = 0; i < s.length; i++) {
        const k = s.key(i);
        if (k !== null) out[k] = s.getItem(k) ?? '';
      }
      return out;
    };

    const cacheEntries: DumpedCacheEntry[] = [];
    if ('caches' in self) {
      for (const cacheName of await caches.keys()) {
        const cache = await caches.open(cacheName);
        for (const request of await cache.keys()) {
          const response = await cache.match(request);
          const bytes = response ? new Uint8Array(await response.arrayBuffer()) : new Uint8Array();
          cacheEntries.push({
            cache: cacheName,
            url: request.url,
            bodyLatin1: toLatin1(bytes),
            bodyText: new TextDecoder().decode(bytes),
          });
        }
      }
    }

    return {
      databases,
      localStorage: dumpWebStorage(localStorage),
      sessionStorage: dumpWebStorage(sessionStorage),
      caches: cacheEntries,
    };
  });
}

/** Every IndexedDB value that holds bytes, with where it came from. */
export function byteValues(dump: StorageDump): { db: string; store: string; key: string; value: BytesValue }[] {
  const out: { db: string; store: string; key: string; value: BytesValue }[] = [];
  for (const db of dump.databases) {
    for (const store of db.stores) {
      for (const r of store.records) {
        if (r.value.kind === 'bytes') out.push({ db: db.name, store: store.name, key: r.key, value: r.value });
      }
    }
  }
  return out;
}

/** Every string the dump holds (keys, values in all renderings, web storage, caches). */
export function dumpStrings(dump: StorageDump, opts: { caches?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const db of dump.databases) {
    out.push(db.name);
    for (const store of db.stores) {
      out.push(store.name);
      for (const r of store.records) {
        out.push(r.key);
        const v = r.value;
        if (v.kind === 'bytes') out.push(v.latin1, v.utf8, v.hex);
        else if (v.kind === 'string') out.push(v.value);
        else out.push(v.json);
      }
    }
  }
  for (const s of [dump.localStorage, dump.sessionStorage]) {
    for (const [k, v] of Object.entries(s)) out.push(k, v);
  }
  if (opts.caches !== false) {
    for (const c of dump.caches) out.push(c.url, c.bodyLatin1, c.bodyText);
  }
  return out;
}

/**
 * The forms a secret could take if it leaked into storage: raw (JS string), its UTF-8
 * bytes, UTF-16 LE/BE bytes (each as a Latin-1 string, matching BytesValue.latin1), and
 * the hex of the UTF-8 and UTF-16LE bytes (matched case-insensitively).
 */
export function leakForms(secret: string): { form: string; pattern: string; caseInsensitive: boolean }[] {
  const utf8 = Buffer.from(secret, 'utf8');
  const utf16le = Buffer.from(secret, 'utf16le');
  const utf16be = Buffer.from(utf16le);
  utf16be.swap16();
  return [
    { form: 'raw', pattern: secret, caseInsensitive: false },
    { form: 'utf-8 bytes', pattern: utf8.toString('latin1'), caseInsensitive: false },
    { form: 'utf-16le bytes', pattern: utf16le.toString('latin1'), caseInsensitive: false },
    { form: 'utf-16be bytes', pattern: utf16be.toString('latin1'), caseInsensitive: false },
    { form: 'utf-8 hex', pattern: utf8.toString('hex'), caseInsensitive: true },
    { form: 'utf-16le hex', pattern: utf16le.toString('hex'), caseInsensitive: true },
    { form: 'base64', pattern: utf8.toString('base64').replace(/=+$/, ''), caseInsensitive: false },
  ];
}

/** Lists every (secret, form) found anywhere in `haystacks`; empty means no leak. */
export function findLeaks(haystacks: string[], secrets: string[]): string[] {
  const found: string[] = [];
  const lowered = haystacks.map((h) => h.toLowerCase());
  for (const secret of secrets) {
    for (const { form, pattern, caseInsensitive } of leakForms(secret)) {
      const hay = caseInsensitive ? lowered : haystacks;
      const needle = caseInsensitive ? pattern.toLowerCase() : pattern;
      if (hay.some((h) => h.includes(needle))) found.push(`${JSON.stringify(secret)} as ${form}`);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------
// Network recorder

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  fromServiceWorker: boolean;
}

export interface RecordedResponse {
  url: string;
  status: number;
  fromServiceWorker: boolean;
}

export interface RequestRecorder {
  requests: RecordedRequest[];
  /** Responses that reached the browser (from the network or the service worker). */
  responses: RecordedResponse[];
  urls(): string[];
  stop(): void;
}

/**
 * Records every request the context sees: pages, their workers, and (Playwright >= 1.5x,
 * Chromium) the service worker's own fetches.
 */
export function recordRequests(context: BrowserContext): RequestRecorder {
  const requests: RecordedRequest[] = [];
  const onRequest = (r: import('@playwright/test').Request) => {
    requests.push({
      url: r.url(),
      method: r.method(),
      resourceType: r.resourceType(),
      fromServiceWorker: r.serviceWorker() !== null,
    });
  };
  const responses: RecordedResponse[] = [];
  const onResponse = (r: import('@playwright/test').Response) => {
    responses.push({ url: r.url(), status: r.status(), fromServiceWorker: r.fromServiceWorker() });
  };
  context.on('request', onRequest);
  context.on('response', onResponse);
  return {
    requests,
    responses,
    urls: () => requests.map((r) => r.url),
    stop: () => {
      context.off('request', onRequest);
      context.off('response', onResponse);
    },
  };
}

// ---------------------------------------------------------------------------------------
// The journal list's search and filters

export function searchField(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search entries', exact: true });
}

/** The politely announced count under the filters ("3 entries", "1 of 3 entries matches"). */
export function resultCount(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /\bentr(y|ies)\b/ });
}

/** Opens the Filters disclosure (a no-op when it is open). */
export async function openFilters(page: Page): Promise<void> {
  const summary = page.getByText(/^Filters( \(\d+ on\))?$/);
  const details = page.locator('details', { has: summary });
  if ((await details.getAttribute('open')) === null) await summary.click();
  await expect(page.getByRole('group', { name: 'Phase', exact: true })).toBeVisible();
}

/** A warning or confirmation that just opened has focus and sits wholly on the screen. */
export async function expectRevealed(panel: Locator): Promise<void> {
  await expect(panel).toBeFocused();
  await expect(panel).toBeInViewport({ ratio: 1 });
}

/** The radio for `value` (0-5, or null for "Not rated") in the rating named `name`. */
export function ratingOption(page: Page, name: string, value: number | null): Locator {
  return page
    .getByRole('radiogroup', { name, exact: true })
    .getByRole('radio', { name: value === null ? 'Not rated' : String(value), exact: true });
}

export interface TrackedEntry {
  text: string;
  /** A datetime-local value, e.g. '2026-01-05T09:30'. */
  when: string;
  /** The phase's radio name, e.g. 'Devaluation'. */
  phase: string;
  /** An emotion's name and the rating (0-5) to set. */
  emotion?: [string, number];
  trigger?: string;
}

/** Adds an entry with its cycle-tracker fields through the editor and waits until it is listed. */
export async function addTrackedEntry(page: Page, entry: TrackedEntry): Promise<void> {
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByLabel('Entry', { exact: true }).fill(entry.text);
  await page.getByLabel('When did it happen?', { exact: true }).fill(entry.when);
  await page.getByRole('radio', { name: entry.phase, exact: true }).check();
  if (entry.emotion) await ratingOption(page, entry.emotion[0], entry.emotion[1]).check();
  if (entry.trigger) {
    await page.getByLabel('New trigger', { exact: true }).fill(entry.trigger);
    await page.getByRole('button', { name: 'Add trigger', exact: true }).click();
  }
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(entryItem(page, entry.text)).toHaveCount(1);
}

/** The axe-core rule tags every screen is checked against: WCAG 2.2 A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** A change made straight in the `records` store, past the app (tamper tests). */
export interface RecordChange {
  remove?: string;
  put?: { key: string; hex: string };
}

/** Every record's key and blob (hex), read in the page. */
export function recordBlobs(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('kintsugi');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const read = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const store = db.transaction('records').objectStore('records');
    const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
    db.close();
    const hex = (v: Uint8Array) => Array.from(v, (b) => b.toString(16).padStart(2, '0')).join('');
    return Object.fromEntries(keys.map((k, i) => [String(k), hex(values[i] as Uint8Array)]));
  });
}

/** Deletes and puts records straight in IndexedDB, in one transaction. */
export function changeRecords(page: Page, change: RecordChange): Promise<void> {
  return page.evaluate(async ({ remove, put }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('kintsugi');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction('records', 'readwrite');
    if (remove) tx.objectStore('records').delete(remove);
    if (put) tx.objectStore('records').put(new Uint8Array((put.hex.match(/../g) ?? []).map((h) => Number.parseInt(h, 16))), put.key);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, change);
}
