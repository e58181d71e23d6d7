// Paced breathing: the patterns and the pure timing rule the guide follows.
// The component only asks "where in the pattern are we after this many milliseconds?".

export type BreathPhase = 'in' | 'hold-in' | 'out' | 'hold-out';

export type BreathingPatternId = 'four-six' | 'box' | 'four-seven-eight';

export interface BreathingPattern {
  id: BreathingPatternId;
  /** One breath cycle, in order. Phases of zero length are left out. */
  phases: readonly { phase: BreathPhase; seconds: number }[];
}

/** In 4, out 6 (a longer out-breath, as TIPP suggests); box 4-4-4-4; 4-7-8. */
export const BREATHING_PATTERNS: readonly BreathingPattern[] = [
  {
    id: 'four-six',
    phases: [
      { phase: 'in', seconds: 4 },
      { phase: 'out', seconds: 6 },
    ],
  },
  {
    id: 'box',
    phases: [
      { phase: 'in', seconds: 4 },
      { phase: 'hold-in', seconds: 4 },
      { phase: 'out', seconds: 4 },
      { phase: 'hold-out', seconds: 4 },
    ],
  },
  {
    id: 'four-seven-eight',
    phases: [
      { phase: 'in', seconds: 4 },
      { phase: 'hold-in', seconds: 7 },
      { phase: 'out', seconds: 8 },
    ],
  },
];

export const SESSION_MINUTES = [1, 3, 5] as const;
export type SessionMinutes = (typeof SESSION_MINUTES)[number];

export function patternById(id: BreathingPatternId): BreathingPattern {
  const pattern = BREATHING_PATTERNS.find((p) => p.id === id);
  if (!pattern) throw new Error(`No breathing pattern ${id}`);
  return pattern;
}

/** Length of one full breath cycle. */
export function cycleMs(pattern: BreathingPattern): number {
  return pattern.phases.reduce((sum, p) => sum + p.seconds * 1000, 0);
}

export interface PhaseAt {
  phase: BreathPhase;
  /** Which phase of the cycle (0-based). */
  index: number;
  /** Completed cycles before this one. */
  cycle: number;
  phaseMs: number;
  phaseElapsedMs: number;
  /** Whole seconds left in this phase, counting down to 1 ("Breathe in… 3, 2, 1"). */
  secondsLeft: number;
}

/** Where a session of `pattern` is after `elapsedMs`. The pattern repeats without end. */
export function breathingPhaseAt(pattern: BreathingPattern, elapsedMs: number): PhaseAt {
  if (!Number.isFinite(elapsedMs) || elapsedMs < 0) throw new RangeError(`elapsedMs must be a finite number >= 0, got ${elapsedMs}`);
  const total = cycleMs(pattern);
  if (total <= 0 || pattern.phases.some((p) => !(p.seconds > 0))) throw new RangeError(`Pattern ${pattern.id} has an empty phase`);
  const cycle = Math.floor(elapsedMs / total);
  let within = elapsedMs - cycle * total;
  for (const [index, { phase, seconds }] of pattern.phases.entries()) {
    const phaseMs = seconds * 1000;
    if (within < phaseMs) {
      return { phase, index, cycle, phaseMs, phaseElapsedMs: within, secondsLeft: Math.ceil((phaseMs - within) / 1000) };
    }
    within -= phaseMs;
  }
  // Unreachable: `within` is below the cycle's total. Kept so the type checker sees a return.
  throw new Error('breathingPhaseAt: elapsed time fell outside the cycle');
}

/**
 * When a session of about `minutes` ends: rounded up to the end of a whole breath cycle, so the
 * guide never stops in the middle of a breath.
 */
export function sessionEndMs(pattern: BreathingPattern, minutes: number): number {
  if (!(minutes > 0)) throw new RangeError(`minutes must be > 0, got ${minutes}`);
  const total = cycleMs(pattern);
  return Math.max(1, Math.ceil((minutes * 60_000) / total)) * total;
}

/** "m:ss" for a count-down display; never negative, rounded up so 0:00 means finished. */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
