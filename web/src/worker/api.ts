// The typed bridge between the UI (main thread) and the crypto worker.
// Types only: both runtimes import this file, so it must not touch DOM or worker globals.

/** A decrypted journal entry, as the UI sees it. */
export interface Entry {
  id: string;
  text: string;
  /** Milliseconds since the Unix epoch. Kept when the entry is edited. */
  createdAt: number;
  updatedAt: number;
}

/** What the list screen needs: readable entries, and the ids of records that failed to open. */
export interface EntryList {
  /** Newest first (by createdAt). */
  entries: Entry[];
  /** Records that could not be opened (damaged or from a newer version). Never deleted, never shown. */
  unreadableIds: string[];
}

export interface VaultStatus {
  hasVault: boolean;
  unlocked: boolean;
}

export interface VaultApi {
  status(): Promise<VaultStatus>;
  /** The shortest passphrase the core accepts (told to the person up front). */
  minPassphraseChars(): Promise<number>;
  /** 0..=4, 0 meaning too short to accept. */
  passphraseStrength(passphrase: string): Promise<number>;
  /** Stores the new header and stays unlocked. */
  createVault(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
  changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void>;
  listEntries(): Promise<EntryList>;
  saveEntry(input: { id?: string; text: string }): Promise<Entry>;
  deleteEntry(id: string): Promise<void>;
}

// ---- Safety (issue 4): settings and the person's own crisis contacts, sealed like entries.

/** What the person can set; the rules (defaults, ranges, https only) live in the core. */
export interface Settings {
  autoLockMinutes: number;
  /** 0 locks as soon as the app is hidden. */
  hiddenGraceSeconds: number;
  quickExitUrl: string;
  /** A region code from content/crisis-lines.ts, or '' for "from the browser language". */
  crisisRegion: string;
}

/** The core's defaults and accepted ranges (inclusive); readable while locked. */
export interface SettingsRules {
  defaults: Settings;
  autoLockMinutes: readonly [number, number];
  hiddenGraceSeconds: readonly [number, number];
}

export interface Contact {
  id: string;
  name: string;
  number: string;
  note: string;
  createdAt: number;
  updatedAt: number;
}

export interface ContactInput {
  id?: string;
  name: string;
  number: string;
  note: string;
}

/** A save the core refused names the first field (its JSON name) that broke a rule. */
export type Saved<T> = { ok: true; value: T } | { ok: false; field: string };

export interface VaultApi {
  settingsRules(): Promise<SettingsRules>;
  /** The saved settings, or the defaults when none were saved. */
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Saved<Settings>>;
  /** By name. */
  listContacts(): Promise<Contact[]>;
  saveContact(input: ContactInput): Promise<Saved<Contact>>;
  deleteContact(id: string): Promise<void>;
}

// ---- Backup (issue 6): export to an encrypted file, restore on a fresh install, merge into this vault.

/** What a long backup call is doing; `done`/`total` count records (export) or bytes (verify). */
export interface BackupProgress {
  phase: 'key' | 'records' | 'verify' | 'write';
  done: number;
  total: number;
}

/** Called from the worker while a backup call runs (pass it wrapped in comlink's `proxy`). */
export type ProgressCallback = (progress: BackupProgress) => void;

export interface ExportedBackup {
  /** The whole file. */
  bytes: Uint8Array;
  recordCount: number;
  /** Records that could not be opened and so could not be included (damaged, or from a newer version). */
  skipped: number;
}

/** What a restore did, for "12 added, 2 updated, 1 kept as a copy". */
export interface RestoreCounts {
  added: number;
  updated: number;
  copied: number;
  unchanged: number;
  settingsKept: number;
}

export interface VaultApi {
  /**
   * Writes every record into a backup file sealed with `passphrase`. With `isVaultPassphrase`
   * the passphrase is first checked against the vault ('wrong-passphrase' if it does not open it).
   */
  exportBackup(passphrase: string, isVaultPassphrase: boolean, onProgress?: ProgressCallback): Promise<ExportedBackup>;
  /**
   * Fresh install: verifies the whole file, then creates the vault with `vaultPassphrase` and writes
   * it and every record in one transaction. Stays unlocked. Nothing is stored if anything fails.
   */
  restoreIntoNewVault(
    file: Uint8Array,
    backupPassphrase: string,
    vaultPassphrase: string,
    onProgress?: ProgressCallback,
  ): Promise<RestoreCounts>;
  /** When the last backup was made on this vault (null: never), for the gentle reminder. */
  backupStatus(): Promise<{ lastBackupAt: number | null }>;
  /** Open vault: verifies the whole file, then applies the core's merge plan in one transaction. */
  mergeBackup(file: Uint8Array, backupPassphrase: string, onProgress?: ProgressCallback): Promise<RestoreCounts>;
}
