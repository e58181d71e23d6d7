// The screens reachable from the navigation bar while unlocked. To add a screen: add its id
// here, an entry to NAV (label from i18n), and a case in App's `renderScreen`.
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
