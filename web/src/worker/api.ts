// The typed bridge between the UI (main thread) and the crypto worker: the calls of the vault
// itself here, and each feature's in its own `features/<name>/shared/api.ts`, joined into `VaultApi`.
// Types only: both runtimes import this file, so it must not touch DOM or worker globals.
// Where a shape is the core's, it is the generated declaration (generated/model.ts, from the Rust
// types); what is declared beside it is the worker's own: ids, inputs, and what it adds to the core's.
import type { BackupApi, ProgressCallback } from '../features/backup/shared/api';
import type { BoundaryApi } from '../features/boundary/shared/api';
import type { ContactLogApi } from '../features/contactlog/shared/api';
import type { DiaryApi } from '../features/diary/shared/api';
import type { DraftsApi } from '../features/drafts/shared/api';
import type { IncidentApi } from '../features/incident/shared/api';
import type { InsightsApi } from '../features/insights/shared/api';
import type { JournalApi, JournalListApi } from '../features/journal/shared/api';
import type { PlanApi } from '../features/plan/shared/api';
import type { SettingsApi } from '../features/settings/shared/api';
import type { Language } from '../i18n/language';

export interface VaultStatus {
  hasVault: boolean;
  unlocked: boolean;
}

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
  /** Erase everything on this device: locks, then deletes the whole database. Only while unlocked. */
  eraseEverything(): Promise<void>;
  /**
   * Rotates the keys: a new data key and vault id, every record re-sealed, the new header and all records
   * written in one transaction. `onProgress` counts records re-sealed (phase `records`), then `write`.
   */
  changePassphrase(oldPassphrase: string, newPassphrase: string, onProgress?: ProgressCallback): Promise<void>;
}

/** Every call the crypto worker answers (what comlink exposes). */
export interface VaultApi
  extends VaultCoreApi,
    JournalApi,
    JournalListApi,
    InsightsApi,
    SettingsApi,
    DiaryApi,
    BoundaryApi,
    PlanApi,
    BackupApi,
    ContactLogApi,
    IncidentApi,
    DraftsApi {}
