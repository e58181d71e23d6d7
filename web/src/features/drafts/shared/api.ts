// Drafts: what the person was typing, sealed as they type (kind `draft`, device-local).
import type { Draft, DraftEditor } from '../../../worker/generated/model';
import type { Saved } from '../../../worker/saved';

/**
 * Which editor, and what it was editing: the entry's or incident's id (absent for a new one),
 * the diary day's date; none for the safety plan and the contact plan.
 */
export interface DraftTarget {
  editor: DraftEditor;
  subject?: string;
}

export interface DraftsApi {
  /** Seals the editor's form state, replacing that target's earlier draft; a refused field (`form`: too big) stores nothing. */
  saveDraft(target: DraftTarget, form: Record<string, unknown>): Promise<Saved<{ updatedAt: number }>>;
  /** The newest draft for exactly this target, or null. */
  getDraft(target: DraftTarget): Promise<Draft | null>;
  /** The newest draft of any target of `editor` (the journal's first screen offers it), or null. */
  newestDraft(editor: DraftEditor): Promise<Draft | null>;
  /** Deletes the target's draft (saved for real, or the person chose "Discard"). */
  discardDraft(target: DraftTarget): Promise<void>;
}
