import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t, tn, type MessageKey } from '../../../i18n';
import {
  BREATHING_PATTERNS,
  breathingPhaseAt,
  clockText,
  patternById,
  SESSION_MINUTES,
  sessionEndMs,
  type BreathingPatternId,
  type BreathPhase,
  type SessionMinutes,
} from './breathing';
import { useReducedMotion } from './motion';
import { TopBar } from './TopBar';
import './skills.css';

interface Props {
  onBack: () => void;
  /** Called from "Done" at the end; defaults to onBack. */
  onDone?: () => void;
}

const PATTERN_TEXT: Record<BreathingPatternId, { name: MessageKey; about: MessageKey }> = {
  'four-six': { name: 'breathing.pattern.fourSix', about: 'breathing.pattern.fourSixAbout' },
  box: { name: 'breathing.pattern.box', about: 'breathing.pattern.boxAbout' },
  'four-seven-eight': { name: 'breathing.pattern.fourSevenEight', about: 'breathing.pattern.fourSevenEightAbout' },
};

const PHASE_TEXT: Record<BreathPhase, MessageKey> = {
  in: 'breathing.phase.in',
  'hold-in': 'breathing.phase.hold',
  out: 'breathing.phase.out',
  'hold-out': 'breathing.phase.hold',
};

const TICK_MS = 200;

type Stage = { kind: 'setup' } | { kind: 'running' } | { kind: 'done'; elapsedMs: number; finished: boolean };

/** Paced breathing: choose a rhythm and a length, then follow the circle (or the words and count). */
export function BreathingExercise({ onBack, onDone = onBack }: Props) {
  const reduced = useReducedMotion();
  const [patternId, setPatternId] = useState<BreathingPatternId>('four-six');
  const [minutes, setMinutes] = useState<SessionMinutes>(1);
  const [stage, setStage] = useState<Stage>({ kind: 'setup' });
  const [elapsedMs, setElapsedMs] = useState(0);
  const [paused, setPaused] = useState(false);
  // Time already run before the current stretch (pauses split a session into stretches).
  const banked = useRef(0);
  const stretchStart = useRef(0);
  const pauseButton = useRef<HTMLButtonElement>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  const pattern = patternById(patternId);
  const endMs = sessionEndMs(pattern, minutes);

  // A layout effect, so the clock starts with the render that shows "Breathe in", not a frame later.
  useLayoutEffect(() => {
    if (stage.kind !== 'running' || paused) return;
    stretchStart.current = performance.now();
    const tick = () => {
      const now = banked.current + performance.now() - stretchStart.current;
      if (now >= endMs) {
        banked.current = endMs;
        setElapsedMs(endMs);
        setStage({ kind: 'done', elapsedMs: endMs, finished: true });
      } else {
        setElapsedMs(now);
      }
    };
    const timer = setInterval(tick, TICK_MS);
    return () => {
      clearInterval(timer);
      banked.current = Math.min(endMs, banked.current + performance.now() - stretchStart.current);
    };
  }, [stage.kind, paused, endMs]);

  // Keep keyboard and screen-reader focus where the person needs it next (on first render the
  // top bar focuses the screen's heading instead).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (stage.kind === 'running') pauseButton.current?.focus();
    if (stage.kind === 'done') doneHeading.current?.focus();
    if (stage.kind === 'setup') startButton.current?.focus();
  }, [stage.kind]);

  function start() {
    banked.current = 0;
    setElapsedMs(0);
    setPaused(false);
    setStage({ kind: 'running' });
  }

  function stop() {
    const ran = paused ? banked.current : banked.current + performance.now() - stretchStart.current;
    setStage({ kind: 'done', elapsedMs: Math.min(endMs, ran), finished: false });
  }

  if (stage.kind === 'done') {
    const time = stage.finished ? tn('breathing.minutes', minutes) : clockText(stage.elapsedMs);
    return (
      <div class="screen skills-screen">
        <TopBar title={t('breathing.title')} onBack={onBack} />
        <div class="content breathing-done">
          <h2 ref={doneHeading} tabIndex={-1}>
            {t('breathing.doneTitle')}
          </h2>
          <p>{stage.finished ? t('breathing.doneBody', { time }) : t('breathing.stoppedBody', { time })}</p>
        </div>
        <div class="actionbar row">
          <button type="button" onClick={() => setStage({ kind: 'setup' })}>
            {t('breathing.again')}
          </button>
          <button type="button" class="primary" onClick={onDone}>
            {t('breathing.finish')}
          </button>
        </div>
      </div>
    );
  }

  if (stage.kind === 'running') {
    const at = breathingPhaseAt(pattern, elapsedMs);
    return (
      <div class="screen skills-screen">
        <TopBar title={t('breathing.title')} onBack={onBack} />
        <div class="content breathing-run">
          {!reduced && (
            <div class="breath-stage" aria-hidden="true">
              <div key={`${patternId}-${minutes}`} class="breath-circle" data-pattern={patternId} data-paused={paused ? 'true' : 'false'} />
            </div>
          )}
          <div class="breath-guide">
            <p class="breath-phase" aria-live="polite">
              {paused ? t('breathing.paused') : t(PHASE_TEXT[at.phase])}
            </p>
            {reduced && !paused && (
              <p class="breath-count" aria-hidden="true">
                {at.secondsLeft}
              </p>
            )}
          </div>
          <p class="breath-time" role="timer">
            {t('breathing.timeLeft', { time: clockText(endMs - elapsedMs) })}
          </p>
        </div>
        <div class="actionbar row">
          <button type="button" ref={pauseButton} onClick={() => setPaused((p) => !p)}>
            {paused ? t('breathing.resume') : t('breathing.pause')}
          </button>
          <button type="button" onClick={stop}>
            {t('breathing.stop')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div class="screen skills-screen">
      <TopBar title={t('breathing.title')} onBack={onBack} />
      <div class="content">
        <p>{reduced ? t('breathing.introReduced') : t('breathing.intro')}</p>
        <fieldset class="choice">
          <legend>{t('breathing.pattern')}</legend>
          {BREATHING_PATTERNS.map((p) => (
            <label key={p.id} class="choice-option">
              <input type="radio" name="breathing-pattern" checked={p.id === patternId} onChange={() => setPatternId(p.id)} />
              <span>
                <span class="choice-name">{t(PATTERN_TEXT[p.id].name)}</span>
                <span class="choice-about">{t(PATTERN_TEXT[p.id].about)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset class="choice">
          <legend>{t('breathing.length')}</legend>
          {SESSION_MINUTES.map((m) => (
            <label key={m} class="choice-option">
              <input type="radio" name="breathing-minutes" checked={m === minutes} onChange={() => setMinutes(m)} />
              <span class="choice-name">{tn('breathing.minutes', m)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <div class="actionbar">
        <button type="button" class="primary" ref={startButton} onClick={start}>
          {t('breathing.start')}
        </button>
      </div>
    </div>
  );
}
