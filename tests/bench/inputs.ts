// The inputs every benchmark uses, in the browser page and (mirrored in
// crates/model/benches/core.rs) natively, so the two can be compared.

export const PASSPHRASE = 'gold fills the cracks';
/** Journal entries in the unlock-to-list and backup benchmarks. */
export const ENTRIES = 10_000;
/** Contact-log records beside the journal entries in the backup: what the contact log screen opens. */
export const CONTACT_LOGS = 20;
/** Entries saved one at a time (each timed) in the save benchmark, per vault. */
export const SAVES = 10;
/** Records in the bulk seal/open benchmarks, and their plaintext size. */
export const RECORDS = 10_000;
export const RECORD_BYTES = 1024;
export const MIB = 1024 * 1024;
/** Argon2id at the app's defaults. */
export const ARGON2 = { memoryKib: 64 * 1024, iterations: 3, parallelism: 1 } as const;

/** Deterministic bytes (the same pattern as the native bench). */
export function pattern(len: number, seed: number): Uint8Array {
  const out = new Uint8Array(len);
  for (let i = 0; i < len; i++) out[i] = (i * 31 + seed * 7) % 251;
  return out;
}

/** 1 KiB of letters, starting at letter `i` (the text of every benchmark entry). */
export function entryText(i: number): string {
  let text = '';
  for (let j = 0; j < RECORD_BYTES; j++) text += String.fromCharCode(97 + ((i + j) % 26));
  return text;
}

/** A journal entry's JSON whose text is 1 KiB of letters (as the native bench's `entry`). */
export function entryJson(i: number): string {
  const at = 1_764_100_000_000 + i * 60_000;
  return JSON.stringify({ kind: 'journal', text: entryText(i), createdAt: at, updatedAt: at });
}

/** A contact-log record's JSON (when, who started it, how), one every few days. */
export function contactLogJson(i: number): string {
  const at = 1_764_100_000_000 + i * 3 * 86_400_000;
  return JSON.stringify({
    kind: 'contactLog',
    occurredAt: at,
    initiatedBy: i % 2 === 0 ? 'them' : 'me',
    channel: 'text',
    note: 'Asked to meet.',
    brokeNoContact: false,
    createdAt: at,
    updatedAt: at,
  });
}
