// The DEAR MAN message draft. Pure: unit-tested in Node.
import type { BoundaryPlan } from '../shared/api';

/** Ends with . ! ? … (optionally followed by a closing quote or bracket). */
const ENDS_A_SENTENCE = /[.!?…]["'”’)\]]*$/u;

/**
 * The message the person can send: Describe, Express, Assert and Reinforce in that order,
 * each trimmed, empty ones left out, each ending as a sentence, joined into one message.
 * Mindful, Appear confident and Negotiate are how to say it, so they are not in the text.
 */
export function buildDraft(plan: Pick<BoundaryPlan, 'describe' | 'express' | 'assert' | 'reinforce'>): string {
  return [plan.describe, plan.express, plan.assert, plan.reinforce]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => (ENDS_A_SENTENCE.test(part) ? part : `${part}.`))
    .join(' ');
}

export type CopyResult = 'copied' | 'select';

/** The part of the Clipboard API used here. */
export interface TextClipboard {
  writeText(text: string): Promise<void>;
}

/** Copies with the Clipboard API; 'select' when it is missing or refused, so the caller selects the text instead. */
export async function copyText(text: string, clipboard: TextClipboard | undefined): Promise<CopyResult> {
  if (!clipboard) return 'select';
  try {
    await clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'select';
  }
}
