import { t, type MessageKey } from '../i18n';

/**
 * An indeterminate progress bar plus a status line, shown while Argon2 runs in the worker.
 * The space is reserved even when idle so the submit button does not jump under a finger,
 * and the status region exists before its text arrives so screen readers announce it.
 */
export function Progress({ label, text, active = true }: { label: MessageKey; text: MessageKey; active?: boolean }) {
  return (
    <div class="progress-wrap">
      {active ? (
        <div class="progress" role="progressbar" aria-label={t(label)}>
          <div class="progress-bar" />
        </div>
      ) : (
        <div class="progress-space" />
      )}
      <p class="progress-text" role="status">
        {active ? t(text) : ''}
      </p>
    </div>
  );
}
