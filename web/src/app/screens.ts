// The screens reachable while unlocked. To add a screen: its id here, its entry in registry.tsx,
// and, if it is in the bottom bar or the journal's tools, an entry in NAV or QUICK_ACTIONS.
import type { MessageKey } from '../i18n';

/** Screens in the bar, plus those reached from the journal's quick actions (calm, skills,
 * prompts, diary, contact plan) and from "Help now" (the safety plan, the walk-away check). */
export type ScreenId =
  | 'journal'
  | 'skills'
  | 'help'
  | 'settings'
  | 'calm'
  | 'prompts'
  | 'diary'
  | 'contactPlan'
  // The safety plan and the walk-away check, reached from "Help now"
  | 'plan'
  | 'walkaway'
  // Patterns (insights) and the contact log, reached from the journal's quick actions
  | 'insights'
  | 'contactLog'
  // The incident log, reached from "Help now"
  | 'incident';

export interface NavItem {
  id: ScreenId;
  label: MessageKey;
}

/** In bar order; the quick-exit button always follows them. */
export const NAV: readonly NavItem[] = [
  { id: 'journal', label: 'nav.journal' },
  { id: 'help', label: 'nav.help' },
  { id: 'settings', label: 'nav.settings' },
];

export interface QuickAction extends NavItem {
  /** Drawn as the calm-down button (first, and stands out). */
  calm?: true;
}

/** The journal's tools, in the row's order. */
export const QUICK_ACTIONS: readonly QuickAction[] = [
  { id: 'calm', label: 'calm.title', calm: true },
  { id: 'skills', label: 'skills.title' },
  { id: 'prompts', label: 'prompts.title' },
  { id: 'diary', label: 'diary.title' },
  { id: 'contactPlan', label: 'boundary.title' },
  { id: 'insights', label: 'insights.open' },
  { id: 'contactLog', label: 'contactlog.open' },
];
