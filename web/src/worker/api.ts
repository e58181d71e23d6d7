// The typed bridge between the UI (main thread) and the crypto worker: the calls of the vault
// itself and the journal's here, and each feature's in its own `features/<name>/shared/api.ts`,
// joined into `VaultApi` through the list of the features' services (features.ts).
// Types only: both runtimes import this file (and it imports features.ts only as types), so it must
// not touch DOM or worker globals.
// Where a shape is the core's, it is the generated declaration (generated/model.ts, from the Rust
// types); what is declared beside it is the worker's own: ids, inputs, and what it adds to the core's.
import type { ProgressCallback } from '../features/backup/shared/api';
import type { InsightsApi } from '../features/insights/shared/api';
import type { JournalApi, JournalListApi } from '../features/journal/shared/api';
import type { Language } from '../i18n/language';
import type { FeatureApis } from './features';
import type { IntegrityNotice } from './service.manifest';

export interface VaultStatus {
  hasVault: boolean;
  unlocked: boolean;
}

export type { IntegrityNotice };

export interface VaultCoreApi {
  status(): Promise<VaultStatus>;
  /** The language chosen for this device, if one was (kept unencrypted so the locked screens speak it; needs no unlock). */
  deviceLanguage(): Promise<Language | undefined>;
  /** Keeps that choice; undefined goes back to the browser's language. Refuses a language the app does not have. */
  setDeviceLanguage(code: Language | undefined): Promise<void>;
  /** The shortest passphrase the core accepts (told to the person up front). */
  minPassphraseChars(): Promise<number>;
  /** 0..=4, 0 meaning too short to accept. */
  passphraseStrength(passphrase: string): Promise<number>;
  /** Stores the new header and stays unlocked. */
  createVault(passphrase: string): Promise<void>;
  /** The open vault's Argon2id parameters (sized to this device when it was made or its passphrase last changed). */
  kdfParams(): Promise<{ memoryKib: number; iterations: number; parallelism: number }>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
  /** What the check after this unlock found, and the failed attempts not yet seen. */
  integrityNotice(): Promise<IntegrityNotice>;
  /** The person has seen the notice: it is not shown again (the vault's list now matches what is stored). */
  acknowledgeIntegrity(): Promise<void>;
  /**
   * Sets a second passphrase that opens a separate vault (for when someone forces the person to open the app),
   * starting with this vault's settings; this vault's settings then keep the key of its slot. Refused with
   * 'second-passphrase-set' when one is set, 'other-records' while the device holds records this vault neither
   * lists nor opens (setting one would make them unreadable for good), 'invalid-input' when it opens this vault.
   */
  setSecondPassphrase(passphrase: string): Promise<void>;
  /**
   * Removes the second passphrase, given it ('wrong-passphrase' otherwise), and deletes every record of the vault
   * it opens, with its slot, in one transaction.
   */
  removeSecondPassphrase(secondPassphrase: string): Promise<void>;
  /** Whether this vault set a second passphrase that the header still holds (never true in the second vault). */
  secondPassphraseSet(): Promise<boolean>;
  /** After how many wrong passphrases in a row everything on this device is erased; null: never (the default). */
  eraseAfterFailedAttempts(): Promise<number | null>;
  /**
   * Sets it (one of the core's `eraseAfterFailedAttempts` counts, else 'invalid-input'), or null to turn it off.
   * Once set, the unlock that reaches the count erases everything and fails with 'erased'.
   */
  setEraseAfterFailedAttempts(count: number | null): Promise<void>;
  /** Erase everything on this device: locks, then deletes the whole database. Only while unlocked. */
  eraseEverything(): Promise<void>;
  /**
   * Rotates the keys: a new data key and vault id, every record re-sealed, the new header and all records
   * written in one transaction. `onProgress` counts records re-sealed (phase `records`), then `write`.
   */
  changePassphrase(oldPassphrase: string, newPassphrase: string, onProgress?: ProgressCallback): Promise<void>;
}

/** Every call the crypto worker answers (what comlink exposes). */
export interface VaultApi extends VaultCoreApi, JournalApi, JournalListApi, InsightsApi, FeatureApis {}
