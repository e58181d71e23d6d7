// The log as one document (screen and print): the chain check first, then every saved version
// in log order with its hash. Shown only after the person confirmed the plaintext warning.
import { t } from '../../../i18n';
import type { IncidentLog } from '../shared/api';
import { documentEntries, type DocumentLabels } from './text';
import { checkSentences } from './check';

export function IncidentDocument({ log, labels }: { log: IncidentLog; labels: DocumentLabels }) {
  return (
    <article class="plan-document incident-document" aria-labelledby="incident-doc-title">
      <h2 id="incident-doc-title">{labels.title}</h2>
      <p>{labels.intro}</p>
      <p class="muted">{labels.made}</p>
      <section class="incident-check" aria-labelledby="incident-check-title" data-intact={String(log.check.intact)}>
        <h3 id="incident-check-title">{t('incident.chainTitle')}</h3>
        <p class="incident-verdict">
          <strong>{log.check.intact ? labels.verified : labels.notVerified}</strong>
        </p>
        {checkSentences(log.check).map((s) => (
          <p key={s}>{s}</p>
        ))}
        {labels.head && <p class="incident-hash">{labels.head}</p>}
      </section>
      {documentEntries(log, labels).map((entry, i) => (
        <section key={i} class="plan-doc-section incident-doc-entry">
          <h3>{entry.heading}</h3>
          <dl>
            {entry.lines.map(({ label, value }) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd class={value.length === 64 && /^[0-9a-f]+$/.test(value) ? 'incident-hash' : undefined}>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </article>
  );
}
