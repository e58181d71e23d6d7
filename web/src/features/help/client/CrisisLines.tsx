// The public crisis lines of Help now, self-contained: the region chooser, then the region's
// emergency number (with how to call without speaking) and its other lines under headings.
// With no region known it asks first and shows no number at all: never another country's.
import { useState } from 'preact/hooks';
import { REGIONS, type CrisisLine, type Region } from '../../../content/crisis-lines';
import { t } from '../../../i18n';
import { effectiveRegion, emergencyLine, findRegion, groupLines, lineHref } from './crisis';
import { formatDay, GROUP_TITLE, joinList, languageList, WHO } from './labels';
import './crisis-lines.css';

interface Props {
  /** The region saved in Settings ('' when none or locked); the browser language decides otherwise. */
  savedRegion: string;
}

export function CrisisLines({ savedRegion }: Props) {
  const [code, setCode] = useState(() => effectiveRegion(savedRegion, navigator.languages) ?? '');
  const region = findRegion(code);
  return (
    <div class="crisis-lines">
      <label for="help-region">{t('help.region')}</label>
      <select id="help-region" value={region?.code ?? ''} onChange={(e) => setCode(e.currentTarget.value)}>
        {!region && <option value="">{t('help.regionChoose')}</option>}
        {REGIONS.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
      {region ? <RegionLines region={region} /> : <ChooseFirst />}
    </div>
  );
}

function ChooseFirst() {
  return (
    <section aria-labelledby="help-choose" class="crisis-choose">
      <h2 id="help-choose">{t('help.chooseTitle')}</h2>
      <p>{t('help.chooseBody')}</p>
      <p class="crisis-local-emergency">{t('help.chooseEmergency')}</p>
    </section>
  );
}

function RegionLines({ region }: { region: Region }) {
  const emergency = emergencyLine(region);
  return (
    <section aria-labelledby="help-public">
      <h2 id="help-public">{t('help.publicTitle', { region: region.name })}</h2>
      {region.note && <p class="muted">{region.note}</p>}
      {emergency && (
        <section aria-labelledby="help-emergency" class="crisis-group">
          <h3 id="help-emergency">{t('help.emergencyTitle')}</h3>
          <ul class="lines">
            <Line line={emergency} level={4} />
          </ul>
        </section>
      )}
      {groupLines(region).map(({ group, lines, areas }) => (
        <section key={group} aria-labelledby={`help-group-${group}`} class="crisis-group">
          <h3 id={`help-group-${group}`}>{t(GROUP_TITLE[group])}</h3>
          {lines.length > 0 && (
            <ul class="lines">
              {lines.map((line) => (
                <Line key={line.id} line={line} level={4} />
              ))}
            </ul>
          )}
          {areas.map(({ area, lines: inArea }) => (
            <div key={area} class="crisis-area">
              <h4>{area}</h4>
              <ul class="lines">
                {inArea.map((line) => (
                  <Line key={line.id} line={line} level={5} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}

function actionText(line: CrisisLine): [visible: string, label: string] {
  const params = { name: line.name, number: line.number ?? '', word: line.smsBody ?? '' };
  switch (line.kind) {
    case 'call':
      return [t('help.call', params), t('help.callLabel', params)];
    case 'tty':
      return [t('help.tty', params), t('help.ttyLabel', params)];
    case 'chat':
      return [t('help.chat'), t('help.chatLabel', params)];
    case 'text':
      return line.smsBody
        ? [t('help.textWord', params), t('help.textWordLabel', params)]
        : [t('help.text', params), t('help.textLabel', params)];
  }
}

function Line({ line, level }: { line: CrisisLine; level: 4 | 5 }) {
  const [visible, label] = actionText(line);
  const Heading = level === 4 ? 'h4' : 'h5';
  const chat = line.kind === 'chat';
  return (
    <li class={`line${line.emergency ? ' emergency' : ''}`}>
      <Heading class="line-name">{line.name}</Heading>
      <p>{line.purpose}</p>
      <a
        class="dial"
        href={lineHref(line)}
        aria-label={label}
        target={chat ? '_blank' : undefined}
        rel={chat ? 'noopener noreferrer' : undefined}
      >
        {visible}
      </a>
      {chat && <p class="muted small">{t('help.chatNote')}</p>}
      {line.silentCall && (
        <div class="silent-call">
          <p class="silent-call-title">{t('help.silentTitle')}</p>
          <p>{line.silentCall}</p>
          {line.silentCallSource && (
            <p class="muted small line-source">
              {t('help.silentSource', { name: line.silentCallSource.name, url: line.silentCallSource.url })}
            </p>
          )}
        </div>
      )}
      <ul class="line-facts muted small">
        {!line.emergency && <li>{t('help.for', { who: t(WHO[line.audience]) })}</li>}
        {line.alsoFor && line.alsoFor.length > 0 && <li>{t('help.alsoFor', { who: joinList(line.alsoFor.map((a) => t(WHO[a]))) })}</li>}
        {line.area && <li>{t('help.area', { area: line.area })}</li>}
        {line.hours && <li>{t('help.hours', { hours: line.hours })}</li>}
        {line.languages.length > 0 && <li>{t('help.languages', { languages: languageList(line.languages) })}</li>}
        {line.interpreters && <li>{t('help.interpreters')}</li>}
        <li class="line-source">{t('help.source', { name: line.sourceName, url: line.sourceUrl })}</li>
        <li>{t('help.checked', { date: formatDay(line.checked) })}</li>
      </ul>
    </li>
  );
}
