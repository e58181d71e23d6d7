// Drafts as the person types: each editor hands its form state to `useDraft`, which seals it in
// the vault (through the worker) 800 ms after the last change, when the page is hidden or left,
// when the editor closes, and just before a lock or quick exit (`flushDrafts`, called by the app
// before it asks the worker to lock; the save is posted first, so the worker seals it before it
// locks, and nothing here is awaited: quick exit never waits for a draft).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Draft } from '../../../worker/generated/model';
import type { DraftTarget } from '../shared/api';
import { vaultApi } from '../../../worker/client';

/** How long after the last keystroke a draft is saved. */
export const DRAFT_DEBOUNCE_MS = 800;

const flushers = new Set<() => void>();

/** Saves every editor's unsaved changes now (fire and forget). */
export function flushDrafts(): void {
  for (const flush of flushers) flush();
}

export interface DraftControl {
  /** Forgets the pending save and deletes the target's draft (after a real save, or "Discard"). */
  discard(): Promise<void>;
}

/**
 * Keeps `form` as the draft of `target` while `changed` (the person has typed something since
 * the editor opened or last saved). `target` null: nothing is kept (the editor is not ready).
 */
export function useDraft(target: DraftTarget | null, form: Record<string, unknown>, changed: boolean): DraftControl {
  const latest = useRef<{ target: DraftTarget | null; form: Record<string, unknown>; key: string | null; pending: boolean }>({
    target,
    form,
    key: null,
    pending: false,
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useRef(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const { target: t, form: f, pending } = latest.current;
    if (!pending || t === null) return;
    latest.current.pending = false;
    // A refused draft (over the core's size cap) or a locked vault: the words stay on screen.
    vaultApi()
      .saveDraft(t, f)
      .catch(() => undefined);
  }).current;

  // Marked during render, not in an effect (which runs a frame later): a lock or quick exit
  // straight after a keystroke still finds it pending.
  const key = target === null ? null : `${target.editor}/${target.subject ?? ''}`;
  const now = latest.current;
  if (changed && key !== null && (form !== now.form || key !== now.key)) now.pending = true;
  now.target = target;
  now.form = form;
  now.key = key;
  useEffect(() => {
    if (!latest.current.pending) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, DRAFT_DEBOUNCE_MS);
  }, [form, changed, key]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    flushers.add(flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      flush();
      flushers.delete(flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  return {
    discard: async () => {
      clearTimeout(timer.current);
      latest.current.pending = false;
      const t = latest.current.target;
      if (t !== null) await vaultApi().discardDraft(t);
    },
  };
}

/** The target a kept draft belongs to. */
export function targetOf(draft: Draft): DraftTarget {
  return draft.subject === undefined ? { editor: draft.editor } : { editor: draft.editor, subject: draft.subject };
}

/**
 * An editor of one target: the draft kept for it, offered when the editor opens (null when
 * there is none), and what is typed kept as the draft, though not while an older one is on
 * offer or still being looked for, so ignoring the offer cannot overwrite it.
 */
export function useEditorDraft(
  target: DraftTarget,
  ready: boolean,
  form: Record<string, unknown>,
  changed: boolean,
  onError: (e: unknown) => void,
  /** False when the editor opens with its draft already taken ("Carry on" elsewhere). */
  offerOnOpen = true,
) {
  // undefined while it is being looked for: nothing is kept until then either.
  const [offer, setOffer] = useState<Draft | null | undefined>(offerOnOpen ? undefined : null);
  useEffect(() => {
    if (offerOnOpen) vaultApi().getDraft(target).then(setOffer, onError);
  }, [target.editor, target.subject]);
  const kept = useDraft(ready && offer === null ? target : null, form, changed);
  return {
    offer,
    /** "Carry on": the kept form state, for the editor to put back. */
    carryOn(): Record<string, unknown> {
      setOffer(null);
      return offer?.form ?? {};
    },
    /** "Discard": the kept draft is deleted. */
    discardOffer(): void {
      setOffer(null);
      vaultApi().discardDraft(target).catch(onError);
    },
    /** The real record was saved: the draft has done its job. */
    saved(): void {
      kept.discard().catch(() => undefined);
    },
  };
}

export type EditorDraft = ReturnType<typeof useEditorDraft>;
