// Patterns: the core's insights about the person's own entries, told in its
// plain sentences, with the cycles, a timeline of phases, emotion trend lines, triggers before
// devaluation or discard, hoover tactics and the no-contact streaks. The UI only presents.
import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../../../i18n';
import type { InsightsCycle, InsightsResult } from '../shared/api';
import { vaultApi } from '../../../worker/client';
import { TACTIC_NAME } from '../../contactlog/client/labels';
import { StreakCards } from '../../contactlog/client/StreakCards';
import { TopBar } from '../../skills/client/TopBar';
import { PHASE_NAME } from '../../journal/client/TrackerFields';
import { useFailure } from '../../../kit/useFailure';
import { TIMELINE_PHASES } from './chart';
import { shortDate } from './dates';
import { EmotionTrends } from './EmotionTrends';
import { PhaseTimeline } from './PhaseTimeline';
import './insights.css';
import { wordSentence } from './sentences';

interface Props {
  onBack: () => void;
  onContactLog: () => void;
  onLocked: () => void;
}

function PhaseDays({ cycle }: { cycle: InsightsCycle }) {
  return (
    <ul class="phase-days">
      {TIMELINE_PHASES.filter((p) => cycle.phaseDays[p] !== undefined).map((p) => (
        <li key={p}>{t('insights.phaseDays', { phase: t(PHASE_NAME[p]), days: tn('insights.days', cycle.phaseDays[p] ?? 0) })}</li>
      ))}
    </ul>
  );
}

export function InsightsScreen({ onBack, onContactLog, onLocked }: Props) {
  const [result, setResult] = useState<InsightsResult | null>(null);
  const { error, setError, fail } = useFailure(onLocked);

  async function load() {
    setError(null);
    try {
      setResult(await vaultApi().insights());
    } catch (e) {
      fail(e);
    }
  }

  useEffect(() => {
    void load();
  }, []);

  const cycles = result?.cycles;
  const allCycles = cycles ? [...cycles.complete, ...(cycles.inProgress ? [cycles.inProgress] : [])] : [];
  return (
    <div class="screen insights-screen">
      <TopBar title={t('insights.title')} onBack={onBack} />
      <main class="content">
        <p>{t('insights.intro')}</p>
        <details class="cycle-note">
          <summary>{t('insights.cycleNoteTitle')}</summary>
          <p>{t('insights.cycleNote')}</p>
        </details>
        {error && (
          <div role="alert" key={error.attempt}>
            <p class="error">{t('insights.error')}</p>
            <button type="button" onClick={() => void load()}>
              {t('insights.retry')}
            </button>
          </div>
        )}
        {!result || !cycles ? (
          !error && (
            <p class="muted" role="status">
              {t('insights.loading')}
            </p>
          )
        ) : (
          <>
            <section aria-labelledby="insights-sentences">
              <h2 id="insights-sentences">{t('insights.sentencesTitle')}</h2>
              <ul class="sentences">
                {result.sentences.map((s, i) => (
                  <li key={i} data-kind={s.kind}>
                    {wordSentence(s)}
                  </li>
                ))}
              </ul>
            </section>

            <section aria-labelledby="insights-cycles">
              <h2 id="insights-cycles">{t('insights.cyclesTitle')}</h2>
              <p class="cycle-count" data-testid="cycle-count">
                {tn('insights.cycleCount', cycles.count)}
              </p>
              {cycles.count === 0 && <p class="muted">{t('insights.noCycles')}</p>}
              <ol class="cycles" aria-label={t('insights.cyclesTitle')}>
                {cycles.complete.map((c, i) => (
                  <li key={c.start} class="cycle" data-length-days={c.lengthDays}>
                    <p class="cycle-head">
                      {t('insights.cycleItem', {
                        n: i + 1,
                        days: tn('insights.days', c.lengthDays),
                        from: shortDate(c.start),
                        to: shortDate(c.end),
                      })}
                    </p>
                    <PhaseDays cycle={c} />
                  </li>
                ))}
              </ol>
              {cycles.inProgress && (
                <div class="cycle in-progress">
                  <p class="cycle-head">
                    {t('insights.cycleInProgress', {
                      from: shortDate(cycles.inProgress.start),
                      days: tn('insights.days', cycles.inProgress.lengthDays),
                    })}
                  </p>
                  <PhaseDays cycle={cycles.inProgress} />
                </div>
              )}
            </section>

            <section aria-labelledby="insights-timeline">
              <h2 id="insights-timeline">{t('insights.timelineTitle')}</h2>
              <PhaseTimeline timeline={result.timeline} cycles={allCycles} />
            </section>

            <section aria-labelledby="insights-emotions">
              <h2 id="insights-emotions">{t('insights.emotionsTitle')}</h2>
              <EmotionTrends weeks={result.emotionWeeks} />
            </section>

            <section aria-labelledby="insights-triggers">
              <h2 id="insights-triggers">{t('insights.triggersTitle')}</h2>
              <p class="hint">{t('insights.triggersHint')}</p>
              {result.triggersBeforeEscalation.top.length === 0 ? (
                <p class="muted">{t('insights.triggersEmpty')}</p>
              ) : (
                <ol class="counts">
                  {result.triggersBeforeEscalation.top.map((tr) => (
                    <li key={tr.trigger}>
                      {t('insights.triggerItem', { trigger: tr.trigger, count: tr.count, onsets: result.triggersBeforeEscalation.onsets })}
                    </li>
                  ))}
                </ol>
              )}
            </section>

            <section aria-labelledby="insights-tactics">
              <h2 id="insights-tactics">{t('insights.tacticsTitle')}</h2>
              {result.hooverTactics.length === 0 ? (
                <p class="muted">{t('insights.tacticsEmpty')}</p>
              ) : (
                <ol class="counts">
                  {result.hooverTactics.map((h) => (
                    <li key={h.tactic}>
                      {t('insights.tacticItem', { tactic: t(TACTIC_NAME[h.tactic]), times: tn('insights.times', h.count) })}
                    </li>
                  ))}
                </ol>
              )}
            </section>

            <section aria-labelledby="insights-nocontact">
              <h2 id="insights-nocontact">{t('insights.noContactTitle')}</h2>
              <StreakCards summary={result.noContact} />
              <button type="button" class="wide" onClick={onContactLog}>
                {t('insights.openContactLog')}
              </button>
            </section>
          </>
        )}
      </main>
    </div>
  );
}
