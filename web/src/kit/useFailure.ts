import { useState } from 'preact/hooks';
import type { MessageKey } from '../i18n';
import { errorCode } from '../worker/errors';
import { messageForCode } from './errors';

/** An error to show; `attempt` changes on every failure so a repeated message is announced again. */
export interface Failure {
  key: MessageKey;
  /** The field the core refused, when there is one. */
  field?: string;
  attempt: number;
}

/** Error state for a screen that calls the worker: a locked vault goes to `onLocked`, anything else is shown. */
export function useFailure(onLocked: () => void) {
  const [error, setError] = useState<Failure | null>(null);
  const show = (key: MessageKey, field?: string) =>
    setError((prev) => ({ key, ...(field === undefined ? {} : { field }), attempt: (prev?.attempt ?? 0) + 1 }));
  const fail = (e: unknown) => {
    const code = errorCode(e);
    if (code === 'locked') return onLocked();
    show(messageForCode(code));
  };
  return { error, setError, show, fail };
}

/** One worker call at a time: `run` ignores a call while one is busy and passes failures to `fail`. */
export function useRunner(fail: (e: unknown) => void) {
  const [busy, setBusy] = useState(false);
  async function run(task: () => Promise<void>) {
    if (busy) return;
    setBusy(true);
    try {
      await task();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
