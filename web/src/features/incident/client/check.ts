// The incident log's chain check in words, from what the core found (IncidentLog.check: how many
// versions, whether the chain holds, each problem by place). The core's own English is for the CLI
// and its tests; the Vitest beside this file checks that the English here says the same.
import { t } from '../../../i18n';
import type { ChainProblem } from '../../../worker/generated/model';
import type { IncidentLog } from '../shared/api';

/** The overall result: the first sentence, shown on the log's screen. */
export function checkSummary({ count, intact }: Pick<IncidentLog['check'], 'count' | 'intact'>): string {
  if (count === 0) return t('incident.check.empty');
  if (!intact) return t('incident.check.notVerified');
  if (count === 1) return t('incident.check.one');
  if (count === 2) return t('incident.check.two');
  return t('incident.check.all', { count });
}

/** One problem, with places counted from 1 as the person sees them. */
export function problemSentence({ first, last, kind }: ChainProblem): string {
  const n = first + 1;
  switch (kind) {
    case 'edited':
      return t('incident.check.edited', { n });
    case 'changedBeforeNext':
      return t('incident.check.changedBeforeNext', { n, next: n + 1 });
    case 'missing':
      return first === last ? t('incident.check.missingOne', { n }) : t('incident.check.missingMany', { n, last: last + 1 });
    case 'reordered':
      return t('incident.check.reordered', { n });
    case 'fork':
      return t('incident.check.fork', { n });
    default: {
      const unknown: never = kind;
      return t('incident.check.unknown', { n, kind: String(unknown) });
    }
  }
}

/** Every sentence of the check: the result, then each problem. */
export function checkSentences(check: IncidentLog['check']): string[] {
  return [checkSummary(check), ...check.problems.map(problemSentence)];
}
