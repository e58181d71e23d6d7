// Every screen after unlock, by id: how it is drawn from what the app shell gives it, where it is
// reached from (the bottom bar or the journal's tools, in this file's order), and where the top
// bar's Back goes when it is not in the bottom bar. The shell draws `SCREENS[screen].render(context)`;
// adding a screen is its id and its entry, both here.
// Each is fetched on first use (and preloaded when the browser is idle), so the unlock screen's
// code stays small. Help now is part of the first load: it is also shown while locked.
import type { JSX } from 'preact';
import type { Settings } from '../features/settings/shared/api';
import { HelpScreen } from '../features/help/client/HelpScreen';
import type { MessageKey } from '../i18n';
import { lazyScreen } from './lazy';

const JournalScreen = lazyScreen(() => import('../features/journal/client/JournalScreen').then((m) => m.JournalScreen));
const InsightsScreen = lazyScreen(() => import('../features/insights/client/InsightsScreen').then((m) => m.InsightsScreen));
const ContactLogScreen = lazyScreen(() => import('../features/contactlog/client/ContactLogScreen').then((m) => m.ContactLogScreen));
const CalmNow = lazyScreen(() => import('../features/skills/client/CalmNow').then((m) => m.CalmNow));
const SkillsScreen = lazyScreen(() => import('../features/skills/client/SkillsScreen').then((m) => m.SkillsScreen));
const PromptsScreen = lazyScreen(() => import('../features/skills/client/PromptsScreen').then((m) => m.PromptsScreen));
const DiaryScreen = lazyScreen(() => import('../features/diary/client/DiaryScreen').then((m) => m.DiaryScreen));
const BoundaryScreen = lazyScreen(() => import('../features/boundary/client/BoundaryScreen').then((m) => m.BoundaryScreen));
const PlanScreen = lazyScreen(() => import('../features/plan/client/PlanScreen').then((m) => m.PlanScreen));
const WalkAwayScreen = lazyScreen(() => import('../features/plan/client/WalkAwayScreen').then((m) => m.WalkAwayScreen));
const IncidentScreen = lazyScreen(() => import('../features/incident/client/IncidentScreen').then((m) => m.IncidentScreen));
const SettingsScreen = lazyScreen(() => import('../features/settings/client/SettingsScreen').then((m) => m.SettingsScreen));

/** The lazy screens, for preloading when the browser is idle. */
export const LAZY_SCREENS = [
  JournalScreen,
  InsightsScreen,
  ContactLogScreen,
  CalmNow,
  SkillsScreen,
  PromptsScreen,
  DiaryScreen,
  BoundaryScreen,
  PlanScreen,
  WalkAwayScreen,
  IncidentScreen,
  SettingsScreen,
];

/** The screens reachable while unlocked; `SCREENS` has exactly one entry for each. */
const SCREEN_IDS = [
  'journal',
  'help',
  'settings',
  'calm',
  'skills',
  'prompts',
  'diary',
  'contactPlan',
  'insights',
  'contactLog',
  'plan',
  'walkaway',
  'incident',
] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

/** What the app shell gives every screen. */
export interface ScreenContext {
  /** Opens another screen. */
  go: (to: ScreenId) => void;
  /** Locks the vault (the Lock button, or the worker saying it is locked). */
  lock: () => void;
  /** The crisis region saved in Settings ('' when none). */
  savedRegion: string;
  /** Settings were saved: the shell applies them (auto-lock, quick exit). */
  onSettingsSaved: (settings: Settings) => void;
  /** Everything on this device was erased: the shell leaves. */
  onErased: () => void;
}

/** Where a screen is opened from, besides the buttons of other screens. */
type Place =
  /** A button in the bottom bar (Quick exit always follows them). */
  | { bar: MessageKey }
  /** A button in the journal's row of tools; `calm` is the calm-down button, drawn to stand out. */
  | { tool: MessageKey; calm?: true };

export interface ScreenEntry {
  render: (c: ScreenContext) => JSX.Element;
  place?: Place;
  /** Where the top bar's Back goes, for a screen that is not in the bottom bar and has no Back of its own. */
  back?: ScreenId;
}

export const SCREENS: Readonly<Record<ScreenId, ScreenEntry>> = {
  journal: {
    render: (c) => <JournalScreen onLock={c.lock} onLocked={c.lock} tools={toolsFor(c)} onBackup={() => c.go('settings')} />,
    place: { bar: 'nav.journal' },
  },
  help: {
    render: (c) => (
      <HelpScreen
        unlocked
        savedRegion={c.savedRegion}
        onLock={c.lock}
        onLocked={c.lock}
        onPlan={() => c.go('plan')}
        onWalkAway={() => c.go('walkaway')}
        onIncidents={() => c.go('incident')}
      />
    ),
    place: { bar: 'nav.help' },
  },
  settings: {
    render: (c) => <SettingsScreen onLock={c.lock} onLocked={c.lock} onSaved={c.onSettingsSaved} onErased={c.onErased} />,
    place: { bar: 'nav.settings' },
  },
  calm: {
    render: (c) => (
      <CalmNow onBack={() => c.go('journal')} onOpenSkills={() => c.go('skills')} onHelpNow={() => c.go('help')} onLocked={c.lock} />
    ),
    place: { tool: 'calm.title', calm: true },
  },
  skills: {
    render: (c) => <SkillsScreen onBack={() => c.go('journal')} onHelpNow={() => c.go('help')} />,
    place: { tool: 'skills.title' },
  },
  prompts: { render: (c) => <PromptsScreen onBack={() => c.go('journal')} />, place: { tool: 'prompts.title' } },
  diary: {
    render: (c) => <DiaryScreen onBack={() => c.go('journal')} onHelpNow={() => c.go('help')} onLocked={c.lock} />,
    place: { tool: 'diary.title' },
  },
  contactPlan: {
    render: (c) => <BoundaryScreen onBack={() => c.go('journal')} onHelpNow={() => c.go('help')} onLocked={c.lock} />,
    place: { tool: 'boundary.title' },
  },
  insights: {
    render: (c) => <InsightsScreen onBack={() => c.go('journal')} onContactLog={() => c.go('contactLog')} onLocked={c.lock} />,
    place: { tool: 'insights.open' },
  },
  contactLog: { render: (c) => <ContactLogScreen onBack={() => c.go('journal')} onLocked={c.lock} />, place: { tool: 'contactlog.open' } },
  // Reached from Help now.
  plan: { render: (c) => <PlanScreen onLock={c.lock} onLocked={c.lock} />, back: 'help' },
  walkaway: {
    render: (c) => <WalkAwayScreen onLock={c.lock} onLocked={c.lock} onPlan={() => c.go('plan')} onHelp={() => c.go('help')} />,
    back: 'help',
  },
  incident: { render: (c) => <IncidentScreen onLock={c.lock} onLocked={c.lock} />, back: 'help' },
};

// In the order of SCREEN_IDS, which is the bar's and the row's order.
const ENTRIES = SCREEN_IDS.map((id) => [id, SCREENS[id]] as const);

/** The bottom bar's buttons, in bar order. */
export const NAV: readonly { id: ScreenId; label: MessageKey }[] = ENTRIES.flatMap(([id, entry]) =>
  entry.place && 'bar' in entry.place ? [{ id, label: entry.place.bar }] : [],
);

/** The journal's row of tools, in the row's order. */
export const QUICK_ACTIONS: readonly { id: ScreenId; label: MessageKey; calm?: true }[] = ENTRIES.flatMap(([id, entry]) =>
  entry.place && 'tool' in entry.place ? [{ id, label: entry.place.tool, calm: entry.place.calm }] : [],
);

function toolsFor(c: ScreenContext) {
  return QUICK_ACTIONS.map(({ id, label, calm }) => ({ label, calm, open: () => c.go(id) }));
}
