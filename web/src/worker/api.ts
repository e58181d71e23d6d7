// The typed bridge between the UI (main thread) and the crypto worker.
// Types only: both runtimes import this file, so it must not touch DOM or worker globals.
import type { PlanRules, SafetyPlan, StoredPlan } from './plan-types';

/** A decrypted journal entry, as the UI sees it. */
export interface Entry {
  id: string;
  text: string;
  /** Milliseconds since the Unix epoch. Kept when the entry is edited. */
  createdAt: number;
  updatedAt: number;
  // Cycle tracker: absent on entries that never had them.
  /** When it happened (ms); absent means createdAt. */
  occurredAt?: number;
  phase?: Phase;
  /** Emotion name -> rating 0..5; only the emotions the person rated. */
  emotions?: Record<string, number>;
  triggers?: string[];
  bodyNote?: string;
}

/** What an insight sentence says (crates/model/src/insights/sentences.rs documents the numbers and labels of each). */
export type SentenceKind =
  | 'noEntries'
  | 'cyclesTooFew'
  | 'cycleCount'
  | 'cycleLengths'
  | 'cycleInProgress'
  | 'cyclesInterrupted'
  | 'phaseTrend'
  | 'triggersBefore'
  | 'noTriggersBefore'
  | 'noEscalationYet'
  | 'emotionWeek'
  | 'noEmotions'
  | 'hooverTactics'
  | 'noHooverTactics'
  | 'noContactCurrent'
  | 'noContactLongest'
  | 'noContactInactive'
  | 'noContactNone';

/** One insight sentence from the core (docs/cycle-insights.md): data the UI words, plus the core's English. */
export interface InsightSentence {
  kind: SentenceKind;
  numbers: number[];
  labels: string[];
  text: string;
}

/**
 * The core's insights JSON (crates/model/src/insights). Only the parts the UI reads are typed
 * here; the full shape is in docs/cycle-insights.md.
 */
export interface InsightsResult {
  cycles: {
    count: number;
    phaseEntries: number;
    interrupted: number;
    complete: InsightsCycle[];
    inProgress: InsightsCycle | null;
  };
  sentences: InsightSentence[];
  /** Phase stretches, oldest first (the dated sequence the cycles are found in). */
  timeline: TimelineStretch[];
  triggersBeforeEscalation: { onsets: number; top: { trigger: string; count: number }[] };
  /** Oldest first; only weeks with a rating. */
  emotionWeeks: EmotionWeek[];
  /** Most frequent first. */
  hooverTactics: { tactic: HooverTactic; count: number }[];
  noContact: NoContactSummary;
  [part: string]: unknown;
}

export interface InsightsCycle {
  start: number;
  end: number;
  lengthDays: number;
  /** Milliseconds in each phase the cycle holds. */
  phaseMs: Partial<Record<Phase, number>>;
  /** The same in whole days, each rounded by the core. */
  phaseDays: Partial<Record<Phase, number>>;
}

export interface TimelineStretch {
  phase: Phase;
  start: number;
  end: number;
  lengthDays: number;
  /** A gap of more than 28 days starts the next segment. */
  segment: number;
  ongoing: boolean;
}

export interface EmotionWeek {
  year: number;
  week: number;
  /** The Monday, YYYY-MM-DD, local time. */
  weekStart: string;
  entries: number;
  averages: { emotion: string; ratings: number; total: number; average: number }[];
}

/** Cycle phases, as the core names them. */
export type Phase = 'idealization' | 'devaluation' | 'discard' | 'hoovering' | 'calm' | 'unsure';

/** The cycle tracker's fields of an entry, as the editor sends them (replacing the old ones). */
export interface TrackerFields {
  occurredAt?: number;
  phase?: Phase;
  emotions?: Record<string, number>;
  triggers?: string[];
  bodyNote?: string;
}

/** What the list screen needs: readable entries, and the ids of records that failed to open. */
export interface EntryList {
  /** Newest first (by when it happened: occurredAt, else createdAt). */
  entries: Entry[];
  /** Records that could not be opened (damaged or from a newer version). Never deleted, never shown. */
  unreadableIds: string[];
}

export interface VaultStatus {
  hasVault: boolean;
  unlocked: boolean;
}

export interface VaultApi {
  status(): Promise<VaultStatus>;
  /** The shortest passphrase the core accepts (told to the person up front). */
  minPassphraseChars(): Promise<number>;
  /** 0..=4, 0 meaning too short to accept. */
  passphraseStrength(passphrase: string): Promise<number>;
  /** Stores the new header and stays unlocked. */
  createVault(passphrase: string): Promise<void>;
  unlock(passphrase: string): Promise<void>;
  lock(): Promise<void>;
  /** Erase everything on this device: locks, then deletes the whole database. Only while unlocked. */
  eraseEverything(): Promise<void>;
  /**
   * Rotates the keys: a new data key and vault id, every record re-sealed, the new header and all records
   * written in one transaction. `onProgress` counts records re-sealed (phase `records`), then `write`.
   */
  changePassphrase(oldPassphrase: string, newPassphrase: string, onProgress?: ProgressCallback): Promise<void>;
  listEntries(): Promise<EntryList>;
  /** Without `tracker`, an edit keeps the entry's tracker fields as they were. */
  saveEntry(input: { id?: string; text: string; tracker?: TrackerFields }): Promise<Entry>;
  deleteEntry(id: string): Promise<void>;
  /** Insights over every readable record, at the worker's current time and UTC offset. */
  insights(): Promise<InsightsResult>;
  /** Trigger tags from earlier entries, best first (ranked by the core). */
  triggerSuggestions(): Promise<string[]>;
}

// ---- Safety: settings and the person's own crisis contacts, sealed like entries.

/** What the person can set; the rules (defaults, ranges, https only) live in the core. */
export interface Settings {
  autoLockMinutes: number;
  /** 0 locks as soon as the app is hidden. */
  hiddenGraceSeconds: number;
  quickExitUrl: string;
  /** A region code from content/crisis-lines.ts, or '' for "from the browser language". */
  crisisRegion: string;
}

/** The core's defaults and accepted ranges (inclusive); readable while locked. */
export interface SettingsRules {
  defaults: Settings;
  autoLockMinutes: readonly [number, number];
  hiddenGraceSeconds: readonly [number, number];
}

export interface Contact {
  id: string;
  name: string;
  number: string;
  note: string;
  createdAt: number;
  updatedAt: number;
}

export interface ContactInput {
  id?: string;
  name: string;
  number: string;
  note: string;
}

/** A save the core refused names the first field (its JSON name) that broke a rule. */
export type Saved<T> = { ok: true; value: T } | { ok: false; field: string };

export interface VaultApi {
  settingsRules(): Promise<SettingsRules>;
  /** The saved settings, or the defaults when none were saved. */
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Saved<Settings>>;
  /** By name. */
  listContacts(): Promise<Contact[]>;
  saveContact(input: ContactInput): Promise<Saved<Contact>>;
  deleteContact(id: string): Promise<void>;
}

// ---- DBT diary card: one sealed `diaryDay` record per date; rules and summary in the core.

export interface DiaryEmotion {
  name: string;
  /** 0..=5 */
  rating: number;
}

export interface DiaryUrge {
  name: string;
  /** 0..=5 */
  rating: number;
  actedOn: boolean;
}

export interface DiaryDayInput {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  emotions: DiaryEmotion[];
  urges: DiaryUrge[];
  /** 0..=7 on the DBT skills-used scale. */
  skillsUsed: number;
  /** Skill ids from content/skills. */
  skills: string[];
  note: string;
}

export interface DiaryDay extends DiaryDayInput {
  id: string;
  createdAt: number;
  updatedAt: number;
}

/** The card's rules from the core (diary_rules_json). */
export interface DiaryRules {
  emotions: string[];
  urges: string[];
  crisisUrges: string[];
  crisisRating: number;
  maxRating: number;
  maxSkillsUsed: number;
  skillsUsedThreshold: number;
  /** Days of each kind (with and without skills) before urges are compared. */
  minDaysToCompare: number;
  maxNameChars: number;
  maxNoteChars: number;
}

export interface DiaryAverage {
  name: string;
  mean: number;
  days: number;
  actedOnDays: number;
}

/** The core's week summary (DiaryWeekSummary), sentences in plain English. */
export interface DiaryWeekSummary {
  dates: string[];
  daysRecorded: number;
  emotions: DiaryAverage[];
  urges: DiaryAverage[];
  skillsMostUsed: { id: string; days: number }[];
  skillsAndUrges: {
    withSkillsDays: number;
    otherDays: number;
    withSkillsMean: number | null;
    otherMean: number | null;
    enoughDays: boolean;
    lowerWithSkills: boolean | null;
  };
  sentences: string[];
}

export interface DiaryWeek {
  /** The Monday. */
  weekStart: string;
  /** The newest record of each date in the week, by date. */
  days: DiaryDay[];
  summary: DiaryWeekSummary;
}

export interface VaultApi {
  diaryRules(): Promise<DiaryRules>;
  /** The week holding `date` (any day of it); `offsetWeeks` moves it. */
  diaryWeek(date: string, offsetWeeks?: number): Promise<DiaryWeek>;
  /** Every date's newest record, by date. */
  listDiaryDays(): Promise<DiaryDay[]>;
  /** Saves the day, replacing the record of the same date if there is one. */
  saveDiaryDay(input: DiaryDayInput): Promise<Saved<DiaryDay>>;
}

// ---- The plan for the next contact: one sealed `boundaryPlan` record.

/** A DEAR MAN boundary script and a cope-ahead plan; every field may be empty. */
export interface BoundaryPlan {
  describe: string;
  express: string;
  assert: string;
  reinforce: string;
  situation: string;
  feelings: string;
  actions: string;
  callAfter: string;
}

export interface VaultApi {
  /** The saved plan, or an empty one. */
  getBoundaryPlan(): Promise<BoundaryPlan>;
  saveBoundaryPlan(plan: BoundaryPlan): Promise<Saved<BoundaryPlan>>;
}

// ---- Safety plan: one sealed record; types in plan-types.ts.

export interface VaultApi {
  planRules(): Promise<PlanRules>;
  /** The newest saved plan, or null when none was saved. */
  getSafetyPlan(): Promise<StoredPlan | null>;
  /** Returns the plan as stored (texts trimmed, empty items dropped by the core). */
  saveSafetyPlan(plan: SafetyPlan): Promise<Saved<StoredPlan>>;
  /** "When to walk away": the question ids, in order; readable while locked. */
  walkAwayQuestions(): Promise<string[]>;
  /** The core's outcome for the questions answered "yes": result, urgency, advice, actions in order. */
  walkAwayResult(yes: readonly string[]): Promise<WalkAwayOutcome>;
  /** Keeps the answers, encrypted, as a new record; only when the person asks. */
  saveWalkAwayCheck(yes: readonly string[]): Promise<Saved<{ takenAt: number }>>;
}

// ---- Backup: export to an encrypted file, restore on a fresh install, merge into this vault.

/** What a long backup call is doing; `done`/`total` count records (export) or bytes (verify). */
export interface BackupProgress {
  phase: 'key' | 'records' | 'verify' | 'write';
  done: number;
  total: number;
}

/** Called from the worker while a backup call runs (pass it wrapped in comlink's `proxy`). */
export type ProgressCallback = (progress: BackupProgress) => void;

export interface ExportedBackup {
  /** The whole file, made of the writer's chunks (structured-cloneable; no concatenated copy). */
  file: Blob;
  recordCount: number;
  /** Records that could not be opened and so could not be included (damaged, or from a newer version). */
  skipped: number;
}

/** What a restore did, for "12 added, 2 updated, 1 kept as a copy". */
export interface RestoreCounts {
  added: number;
  updated: number;
  copied: number;
  unchanged: number;
  settingsKept: number;
}

export interface VaultApi {
  /**
   * Writes every record into a backup file sealed with `passphrase`. With `isVaultPassphrase`
   * the passphrase is first checked against the vault ('wrong-passphrase' if it does not open it).
   */
  exportBackup(passphrase: string, isVaultPassphrase: boolean, onProgress?: ProgressCallback): Promise<ExportedBackup>;
  /**
   * Fresh install: reads `file` (a picked File is a Blob) in slices, sealing each verified record under
   * a new vault made with `vaultPassphrase`; once the whole file is verified, writes the vault and every
   * record in one transaction. Stays unlocked. Nothing is stored if anything fails.
   */
  restoreIntoNewVault(file: Blob, backupPassphrase: string, vaultPassphrase: string, onProgress?: ProgressCallback): Promise<RestoreCounts>;
  /** When the last backup was made on this vault (null: never), for the gentle reminder. */
  backupStatus(): Promise<{ lastBackupAt: number | null }>;
  /** Open vault: reads `file` in slices, planning each record with the core's MergePlanner; once the whole file is verified, writes in one transaction. */
  mergeBackup(file: Blob, backupPassphrase: string, onProgress?: ProgressCallback): Promise<RestoreCounts>;
}

// ---- Contact log and no-contact goal: sealed `contactLog` and `noContactGoal` records.

/** Who started a contact, as the core names it. */
export type Initiator = 'me' | 'them' | 'someoneElse';
/** How a contact happened. */
export type Channel = 'inPerson' | 'call' | 'text' | 'socialMedia' | 'email' | 'throughSomeone' | 'other';
/** A way the partner tried to pull the person back. */
export type HooverTactic =
  | 'apology'
  | 'promiseToChange'
  | 'gift'
  | 'guilt'
  | 'crisis'
  | 'loveBombing'
  | 'justCheckingIn'
  | 'threat'
  | 'thirdParty'
  | 'other';

export interface ContactLogInput {
  id?: string;
  /** When it happened (ms). */
  occurredAt: number;
  initiatedBy: Initiator;
  channel: Channel;
  hooverTactic: HooverTactic | null;
  note: string;
  /** Whether it broke a no-contact commitment (ends the running streak; a new one starts). */
  brokeNoContact: boolean;
}

export interface ContactLogEntry extends ContactLogInput {
  id: string;
  createdAt: number;
  updatedAt: number;
}

export interface NoContactGoal {
  id: string;
  startedAt: number;
  /** Absent while the goal is active. */
  endedAt?: number;
  note: string;
  createdAt: number;
  updatedAt: number;
}

/** One unbroken stretch of no contact (the core's Streak). */
export interface Streak {
  start: number;
  end: number;
  /** Local calendar days from start to end (0: began today). */
  days: number;
  ongoing: boolean;
}

/** The core's NoContactSummary (docs/cycle-insights.md). */
export interface NoContactSummary {
  goals: number;
  current: Streak | null;
  longestDays: number | null;
  streaks: Streak[];
}

export interface NoContactState {
  /** Goals without an end, oldest first (usually none or one). */
  active: NoContactGoal[];
  summary: NoContactSummary;
}

export interface VaultApi {
  /** Newest first (by when it happened). */
  listContactLog(): Promise<ContactLogEntry[]>;
  saveContactLog(input: ContactLogInput): Promise<Saved<ContactLogEntry>>;
  /** Deletes a contact-log record ('not-found' for any other id or kind). */
  deleteContactLog(id: string): Promise<void>;
  /** The active goals and the streaks, at the worker's current time and UTC offset. */
  noContact(): Promise<NoContactState>;
  startNoContactGoal(startedAt: number): Promise<Saved<NoContactGoal>>;
  /** Ends every active goal at `endedAt` (kept for the history of streaks). */
  endNoContactGoals(endedAt: number): Promise<Saved<NoContactGoal[]>>;
}

// ---- The journal list: search and filters run in the worker over an
// index of the decrypted entries kept in WASM memory; the UI receives one page of light rows.

/** What the list asks for; every part optional. The matching rules are the core's (crates/model/src/search.rs). */
export interface EntryQuery {
  /** Words that must all occur in the text, a trigger tag or the body note (ignoring case). */
  text?: string;
  /** Entries in any of these phases (empty or absent: any). */
  phases?: Phase[];
  /** Entries that rated this emotion at least `min` (0..5; 0: rated at all). */
  emotion?: { name: string; min: number };
  /** Entries carrying this trigger tag (whole tag, ignoring case). */
  trigger?: string;
  /** When it happened, inclusive bounds in ms since the Unix epoch. */
  from?: number;
  to?: number;
}

/** One line of the list: never the whole text. */
export interface EntryRow {
  id: string;
  /** When it happened (occurredAt, else createdAt). */
  occurredAt: number;
  createdAt: number;
  updatedAt: number;
  phase?: Phase;
  /** The start of the text, whitespace collapsed, at most 160 characters and an ellipsis. */
  excerpt: string;
  /** Up to three emotions rated 1 or more, highest first. */
  emotions: { name: string; rating: number }[];
  /** Up to three trigger tags. */
  triggers: string[];
}

export interface EntryPage {
  /** How many entries match the query. */
  total: number;
  /** How many journal entries the vault holds (readable ones). */
  entries: number;
  /** Matches `offset`..`offset + limit`, newest first (by when it happened). */
  rows: EntryRow[];
  /** Records that could not be opened (damaged or from a newer version). Never deleted, never shown. */
  unreadableIds: string[];
}

export interface VaultApi {
  /**
   * One page of the journal matching `query`, newest first; `limit` at most 500. The first call
   * after unlock builds the index (opening records in batches); 'invalid-input' for a query over
   * the core's caps (200 characters, 16 words, a rating above 5, `from` after `to`).
   */
  queryEntries(query: EntryQuery, offset: number, limit: number): Promise<EntryPage>;
  /** One whole entry, for the editor; 'not-found' if there is no such entry. */
  getEntry(id: string): Promise<Entry>;
}

// ---- Incident log: versions in a hash chain, never rewritten; the chain,
// its check and which version is current are the core's (crates/model/src/incident.rs).

/** What the person writes about one incident. */
export interface IncidentFields {
  /** When it happened (ms since the Unix epoch). */
  occurredAt: number;
  place: string;
  /** What the other person did and said. */
  whatHappened: string;
  injuries: string;
  witnesses: string;
  /** Evidence held elsewhere, described. */
  evidence: string;
  reportNumbers: string;
  howIFelt: string;
  after: string;
}

/** How one saved version fares in the chain check. */
export type IncidentStatus = 'intact' | 'fork' | 'afterGap' | 'moved' | 'edited';

/** One saved version, as sealed (plus its status in the check). */
export interface IncidentVersion extends IncidentFields {
  /** Its place in the log, 0-based. */
  seq: number;
  /** Its hash (64 hex) as saved; what an edit's `supersedes` and the next `prevHash` name. */
  hash: string;
  prevHash: string;
  /** The hash of the version it replaces, for an edit. */
  supersedes?: string;
  /** When this version was saved (ms). */
  createdAt: number;
  status: IncidentStatus;
}

/** One incident: its newest version and every version, oldest first (the newest last). */
export interface IncidentItem {
  current: IncidentVersion;
  versions: IncidentVersion[];
}

/** The whole log: incidents newest first, every version in log order, and the chain check. */
/** What is wrong at places `first` to `last` (0-based) of the incident log (crates/model/src/incident.rs). */
export interface ChainProblem {
  first: number;
  last: number;
  kind: 'edited' | 'changedBeforeNext' | 'missing' | 'reordered' | 'fork';
}

export interface IncidentLog {
  incidents: IncidentItem[];
  versions: IncidentVersion[];
  check: {
    intact: boolean;
    count: number;
    /** The newest version's hash: an export kept elsewhere fixes the log up to here. */
    head: string | null;
    /** What the chain check found, by place in the log (0-based); the UI words them. */
    problems: ChainProblem[];
  };
}

export interface IncidentRules {
  shortChars: number;
  textChars: number;
}

/** What the core says a set of walk-away answers suggests (`crates/model/src/walkaway.rs`). */
export interface WalkAwayOutcome {
  /** The result id: safetyFirst, abuseSigns, refusesChange or noSigns. */
  result: string;
  /** True when a danger item was answered "yes": the urgent message comes first. */
  urgent: boolean;
  /** Advice ids the answers add (e.g. strangulation), in the order to show them. */
  advice: string[];
  /** Where the result's buttons lead, in order: helpNow first, then safetyPlan. */
  actions: string[];
}

/** A "When to walk away" check the person kept. */
export interface KeptCheck {
  id: string;
  yes: string[];
  takenAt: number;
  /** The result id, read by the core with the question set the check was kept with. */
  result: string;
}

export interface VaultApi {
  incidentRules(): Promise<IncidentRules>;
  incidentLog(): Promise<IncidentLog>;
  /**
   * Saves a new incident, or with `supersedes` (the hash of an incident's newest version) an
   * edit: a new version appended to the chain; nothing is rewritten.
   */
  saveIncident(fields: IncidentFields, supersedes?: string): Promise<Saved<IncidentVersion>>;
  /** Deletes every version of the whole log (there is no per-entry delete: see docs/incident-log.md). */
  deleteIncidentLog(): Promise<void>;
  /** The kept walk-away checks, newest first. */
  listWalkAwayChecks(): Promise<KeptCheck[]>;
  deleteWalkAwayCheck(id: string): Promise<void>;
}

// ---- Drafts: what the person was typing, sealed as they type (kind `draft`, device-local).

/** The editors that keep a draft (the core's `DraftEditor`). */
export type DraftEditor = 'journal' | 'safetyPlan' | 'incident' | 'diaryDay' | 'contactPlan';

/**
 * Which editor, and what it was editing: the entry's or incident's id (absent for a new one),
 * the diary day's date; none for the safety plan and the contact plan.
 */
export interface DraftTarget {
  editor: DraftEditor;
  subject?: string;
}

/** A kept draft: the editor's form state as typed, and when it was last written. */
export interface Draft extends DraftTarget {
  form: Record<string, unknown>;
  updatedAt: number;
}

export interface VaultApi {
  /** Seals the editor's form state, replacing that target's earlier draft; a refused field (`form`: too big) stores nothing. */
  saveDraft(target: DraftTarget, form: Record<string, unknown>): Promise<Saved<{ updatedAt: number }>>;
  /** The newest draft for exactly this target, or null. */
  getDraft(target: DraftTarget): Promise<Draft | null>;
  /** The newest draft of any target of `editor` (the journal's first screen offers it), or null. */
  newestDraft(editor: DraftEditor): Promise<Draft | null>;
  /** Deletes the target's draft (saved for real, or the person chose "Discard"). */
  discardDraft(target: DraftTarget): Promise<void>;
}
