import { t } from '../../../i18n';

/** Where help is in a crisis. The numbers live in the crisis-lines data behind "Help now". */
export function HelpNowNote({ onHelpNow }: { onHelpNow?: () => void }) {
  return (
    <aside class="notice help-now-note">
      <p>{t('skills.helpNow')}</p>
      {onHelpNow && (
        <button type="button" class="danger" onClick={onHelpNow}>
          {t('skills.helpNowButton')}
        </button>
      )}
    </aside>
  );
}
