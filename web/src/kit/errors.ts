// The one place mapping error codes to what the person reads. The UI branches only on `code`.
import type { MessageKey } from '../i18n';
import type { ErrorCode } from '../worker/errors';

export function messageForCode(code: ErrorCode): MessageKey {
  switch (code) {
    case 'wrong-passphrase':
      return 'unlock.error.wrong';
    case 'weak-passphrase':
      return 'create.error.tooShort';
    case 'locked':
      return 'error.locked';
    case 'storage':
      return 'error.storage';
    case 'vault-exists':
      return 'error.vaultExists';
    case 'vault-changed':
      return 'error.vaultChanged';
    case 'corrupt':
      return 'error.corrupt';
    case 'not-found':
      return 'error.notFound';
    case 'unsupported-version':
      return 'error.unsupported';
    case 'wasm-unavailable':
      return 'app.fatal.body';
    case 'invalid-record':
      return 'editor.error.tooLong';
    // Backups; the backup screens use messageForBackupCode for the rest.
    case 'not-a-backup':
      return 'backup.error.notABackup';
    case 'truncated':
      return 'backup.error.truncated';
    default:
      return 'error.internal';
  }
}
