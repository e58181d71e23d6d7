// Backup: export to an encrypted file, restore on a fresh install, merge into this vault.

/** What a long backup call is doing; `done`/`total` count records (export) or bytes (verify). */
export interface BackupProgress {
  phase: 'key' | 'records' | 'verify' | 'write';
  done: number;
  total: number;
}

/** Called from the worker while a backup call runs (pass it wrapped in comlink's `proxy`). */
export type ProgressCallback = (progress: BackupProgress) => void;

export interface ExportedBackup {
  /** The whole file, made of the writer's chunks (structured-cloneable; no concatenated copy). */
  file: Blob;
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

export interface BackupApi {
  /**
   * Writes every record into a backup file sealed with `passphrase`. With `isVaultPassphrase`
   * the passphrase is first checked against the vault ('wrong-passphrase' if it does not open it).
   */
  exportBackup(passphrase: string, isVaultPassphrase: boolean, onProgress?: ProgressCallback): Promise<ExportedBackup>;
  /**
   * Fresh install: reads `file` (a picked File is a Blob) in slices, sealing each verified record under
   * a new vault made with `vaultPassphrase`; once the whole file is verified, writes the vault and every
   * record in one transaction. Stays unlocked. Nothing is stored if anything fails.
   */
  restoreIntoNewVault(file: Blob, backupPassphrase: string, vaultPassphrase: string, onProgress?: ProgressCallback): Promise<RestoreCounts>;
  /** When the last backup was made on this vault (null: never), for the gentle reminder. */
  backupStatus(): Promise<{ lastBackupAt: number | null }>;
  /** Open vault: reads `file` in slices, planning each record with the core's MergePlanner; once the whole file is verified, writes in one transaction. */
  mergeBackup(file: Blob, backupPassphrase: string, onProgress?: ProgressCallback): Promise<RestoreCounts>;
}
