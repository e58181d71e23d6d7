// "Help now": the person's own contacts (only while unlocked), then the public crisis lines for
// their region (help/CrisisLines). Every number comes from content/crisis/ or the person's own records.
import { t } from '../i18n';
import { ContactsSection } from './Contacts';
import { CrisisLines } from './help/CrisisLines';
import { ScreenHeader } from './ScreenHeader';

type Props =
  | { unlocked: false; savedRegion: ''; onBack: () => void }
  | { unlocked: true; savedRegion: string; onLock: () => void; onLocked: () => void; onPlan: () => void; onWalkAway: () => void; onIncidents: () => void };

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
        <CrisisLines savedRegion={props.savedRegion} />
      </main>
    </div>
  );
}

