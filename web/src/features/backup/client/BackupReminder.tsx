// The gentle reminder on the journal: shown when there are entries and no backup yet, or
// when the last backup is over 30 days old. One tap goes to Settings, where backups are made.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { vaultApi } from '../../../worker/client';
import { needsBackupReminder } from './backup';

export function BackupReminder({ entryCount, onBackup }: { entryCount: number; onBackup: () => void }) {
  const [lastBackupAt, setLastBackupAt] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    vaultApi()
      .backupStatus()
      .then(
        (s) => setLastBackupAt(s.lastBackupAt),
        () => undefined,
      );
  }, []);
  if (lastBackupAt === undefined || !needsBackupReminder(lastBackupAt, entryCount, Date.now())) return null;
  return (
    <div class="notice backup-reminder">
      <p>{t(lastBackupAt === null ? 'backup.reminder.never' : 'backup.reminder.old')}</p>
      <button type="button" onClick={onBackup}>
        {t('backup.reminder.action')}
      </button>
    </div>
  );
}
