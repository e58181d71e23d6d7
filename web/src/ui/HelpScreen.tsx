// "Help now": the public crisis lines for the person's region first (the emergency number on the
// first screen), then the short note on danger and quick exit, the region choice, the safety
// plan, the walk-away check, the incident log and the person's own contacts (only while
// unlocked). Every number comes from content/crisis-lines.ts or the person's own records.
import { useState } from 'preact/hooks';
import { REGIONS, type CrisisLine } from '../content/crisis-lines';
import { t } from '../i18n';
import { ContactsSection } from './Contacts';
import { effectiveRegion, findRegion, lineHref } from './crisis';
import { ScreenHeader } from './ScreenHeader';

type Props =
  | { unlocked: false; savedRegion: ''; onBack: () => void }
  | { unlocked: true; savedRegion: string; onLock: () => void; onLocked: () => void; onPlan: () => void; onWalkAway: () => void; onIncidents: () => void };

export function HelpScreen(props: Props) {
  const [region, setRegion] = useState(() => effectiveRegion(props.savedRegion, navigator.languages));
  const current = findRegion(region) ?? REGIONS[0];
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
        {current && (
          <section aria-labelledby="help-public">
            <h2 id="help-public">{t('help.publicTitle', { region: current.name })}</h2>
            <ul class="lines">
              {current.lines.map((line) => (
                <Line key={line.id} line={line} />
              ))}
            </ul>
          </section>
        )}
        <p class="notice">{t('help.intro')}</p>
        <label for="help-region">{t('help.region')}</label>
        <select id="help-region" value={current?.code} onChange={(e) => setRegion(effectiveRegion(e.currentTarget.value, []))}>
          {REGIONS.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
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

function Line({ line }: { line: CrisisLine }) {
  const params = { name: line.name, number: line.number, word: line.smsBody ?? '' };
  const [visible, label] =
    line.kind === 'call'
      ? [t('help.call', params), t('help.callLabel', params)]
      : line.smsBody
        ? [t('help.textWord', params), t('help.textWordLabel', params)]
        : [t('help.text', params), t('help.textLabel', params)];
  return (
    <li class={`line${line.emergency ? ' emergency' : ''}`}>
      <h3>{line.name}</h3>
      <p>{line.purpose}</p>
      <a class="dial" href={lineHref(line)} aria-label={label}>
        {visible}
      </a>
      {line.hours && <p class="muted small">{t('help.hours', { hours: line.hours })}</p>}
      <p class="muted small">{t('help.source', { source: line.source })}</p>
    </li>
  );
}
