// The shape of a reflection prompt. Content is data: one file per language holds the text.

/** Who a group of prompts is written for, described by what they notice, never by a label. */
export const PROMPT_AUDIENCES = ['fear-of-abandonment', 'shame-and-control', 'together'] as const;

export type PromptAudience = (typeof PROMPT_AUDIENCES)[number];

export interface ReflectionPrompt {
  /** Stable id (lower-case words joined by hyphens); never translated. */
  id: string;
  audience: PromptAudience;
  /** The healing theme the prompt belongs to (e.g. "Self-validation"). */
  theme: string;
  /** The question or invitation itself. */
  text: string;
  /** An optional gentle nudge on how to approach it. */
  hint?: string;
  /** Where the idea comes from, named plainly: at least one. */
  sources: readonly string[];
}

export interface PromptAudienceInfo {
  title: string;
  /** Who this group may help, in "if you notice…" terms. */
  intro: string;
}

/** Everything the prompts show in one language. */
export interface PromptLibrary {
  audiences: Readonly<Record<PromptAudience, PromptAudienceInfo>>;
  /** Shown before any prompt: couples work is not advised while there is abuse. */
  safetyNote: string;
  prompts: readonly ReflectionPrompt[];
}
