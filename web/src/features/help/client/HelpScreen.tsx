// "Help now": the public crisis lines for the person's region first, with the region choice and
// the emergency number on the first screen (help/CrisisLines), then the short note on danger and
// quick exit, the safety plan, the walk-away check, the incident log and the person's own
// contacts (only while unlocked). Every number comes from content/crisis/ or the person's own records.
import { t } from '../../../i18n';
import { ContactsSection } from './Contacts';
import { CrisisLines } from './CrisisLines';
import { ScreenHeader } from '../../../kit/ScreenHeader';

type Props =
  | { unlocked: false; savedRegion: ''; onBack: () => void }
  | {
      unlocked: true;
      savedRegion: string;
      onLock: () => void;
      onLocked: () => void;
      onPlan: () => void;
      onWalkAway: () => void;
      onIncidents: () => void;
    };

export function HelpScreen(props: Props) {
  return (
    <div class="screen help">
      <ScreenHeader heading="help.title" onLock={props.unlocked ? props.onLock : undefined}>
        {!props.unlocked && (
          <button type="button" onClick={props.onBack}>
            {t('nav.back')}
          </button>
        )}
      </ScreenHeader>
      <main class="content">
        <CrisisLines savedRegion={props.savedRegion} />
        <p class="notice">{t('help.intro')}</p>
        {props.unlocked && (
          <button type="button" class="primary help-plan" onClick={props.onPlan}>
            {t('plan.open')}
          </button>
        )}
        {props.unlocked && (
          <button type="button" class="help-plan" onClick={props.onWalkAway}>
            {t('walkaway.open')}
          </button>
        )}
        {props.unlocked && (
          <button type="button" class="help-plan" onClick={props.onIncidents}>
            {t('incident.open')}
          </button>
        )}
        {props.unlocked ? <ContactsSection onLocked={props.onLocked} /> : <p class="muted">{t('help.lockedNote')}</p>}
      </main>
    </div>
  );
}
