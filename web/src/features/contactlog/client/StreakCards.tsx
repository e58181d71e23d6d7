// The current and longest no-contact streak, as the contact log and Patterns both show them.
import { t, tn } from '../../../i18n';
import type { NoContactSummary } from '../../../worker/generated/model';
import './contactlog.css';

export function StreakCards({ summary }: { summary: NoContactSummary }) {
  return (
    <dl class="streaks">
      <div>
        <dt>{t('contactlog.current')}</dt>
        <dd data-testid="streak-current">{summary.current ? tn('insights.days', summary.current.days) : t('contactlog.none')}</dd>
      </div>
      <div>
        <dt>{t('contactlog.longest')}</dt>
        <dd data-testid="streak-longest">
          {summary.longestDays === null ? t('contactlog.none') : tn('insights.days', summary.longestDays)}
        </dd>
      </div>
    </dl>
  );
}
