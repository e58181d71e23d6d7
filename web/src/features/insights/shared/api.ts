// Patterns: the core's insights over the journal's cycle-tracker fields.
import type { Cycle, Insights, Sentence } from '../../../worker/generated/model';

/** One insight sentence from the core (docs/cycle-insights.md): a kind, its numbers and labels,
 * which the UI words (features/insights/client/sentences.ts), and the core's English for the CLI. */
export type InsightSentence = Sentence;

/** The core's insights JSON (crates/model/src/insights; docs/cycle-insights.md). */
export type InsightsResult = Insights;

export type InsightsCycle = Cycle;

export interface InsightsApi {
  /** Insights over every readable record, at the worker's current time and UTC offset. */
  insights(): Promise<InsightsResult>;
}
