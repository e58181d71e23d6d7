import { t } from '../../../i18n';

/** "Where this comes from", folded away under the content it names. */
export function Sources({ sources }: { sources: readonly string[] }) {
  return (
    <details class="plan-group plan-sources">
      <summary>{t('plan.sources')}</summary>
      <ul>
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </details>
  );
}
