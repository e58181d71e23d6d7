// "You were writing something on <date>": offers a kept draft back, with focus on the offer.
import { t } from '../../../i18n';
import type { Draft } from '../../../worker/generated/model';
import { AlertPanel } from '../../../kit/AlertPanel';
import type { EditorDraft } from './drafts';
import { formatDateTime } from '../../../kit/format';

interface Props {
  draft: Draft;
  onCarryOn: () => void;
  onDiscard: () => void;
}

export function DraftOffer({ draft, onCarryOn, onDiscard }: Props) {
  return (
    <AlertPanel labelledBy="draft-offer-text" class="draft-offer">
      <p id="draft-offer-text">{t('draft.offer', { date: formatDateTime(draft.updatedAt) })}</p>
      <div class="row">
        <button type="button" class="primary" onClick={onCarryOn}>
          {t('draft.carryOn')}
        </button>
        <button type="button" onClick={onDiscard}>
          {t('draft.discard')}
        </button>
      </div>
    </AlertPanel>
  );
}

/** The offer of an editor's kept draft, if there is one: "Carry on" hands its form state to
 * `onRestore`; either choice then moves focus to the editor's first field (`focus`). */
export function KeptDraftOffer({
  kept,
  onRestore,
  focus,
}: {
  kept: EditorDraft;
  onRestore: (form: Record<string, unknown>) => void;
  focus: () => void;
}) {
  if (!kept.offer) return null;
  return (
    <DraftOffer
      draft={kept.offer}
      onCarryOn={() => {
        onRestore(kept.carryOn());
        focus();
      }}
      onDiscard={() => {
        kept.discardOffer();
        focus();
      }}
    />
  );
}
