// The typed bridge between the UI (main thread) and the crypto worker.
// Types only: both runtimes import this file, so it must not touch DOM or worker globals.
// Where a shape is the core's, it is the generated declaration (generated/model.ts, from the Rust
// types); what is declared here is the worker's own: ids, inputs, and what it adds to the core's.
import type {
  BoundaryPlan as BoundaryPlanRecord,
  ChainProblem,
  ChainReport,
  Channel,
  Contact as ContactRecord,
  Cycle,
  DiaryAverage,
  DiaryDay as DiaryDayRecord,
  DiaryEmotion,
  DiaryUrge,
  DiaryWeekSummary,
  Draft,
  DraftEditor,
  EmotionWeek,
  EntryStatus,
  HooverTactic,
  Incident,
  Initiator,
  Insights,
  JournalEntry,
  NoContactGoal as NoContactGoalRecord,
  NoContactSummary,
  Page,
  Phase,
  Row,
  Sentence,
  SentenceKind,
  Settings as SettingsRecord,
  Streak,
  TimelineStretch,
  WalkAwayOutcome,
} from './generated/model';
import type { PlanRules, SafetyPlan, StoredPlan } from './plan-types';

export type {
  ChainProblem,
  Channel,
  DiaryAverage,
  DiaryEmotion,
  DiaryUrge,
  DiaryWeekSummary,
  Draft,
  DraftEditor,
  EmotionWeek,
  HooverTactic,
  Initiator,
  NoContactSummary,
  Phase,
  SentenceKind,
  Streak,
  TimelineStretch,
  WalkAwayOutcome,
};

/** A decrypted journal entry, as the UI sees it: the sealed record and its id. */
export interface Entry extends JournalEntry {
  id: string;
}

/** One insight sentence from the core (docs/cycle-insights.md): a kind, its numbers and labels,
 * which the UI words (ui/insights/sentences.ts), and the core's English for the CLI. */
export type InsightSentence = Sentence;

/** The core's insights JSON (crates/model/src/insights; docs/cycle-insights.md). */
export type InsightsResult = Insights;

export type InsightsCycle = Cycle;

/** The cycle tracker's fields of an entry, as the editor sends them (replacing the old ones). */
export type TrackerFields = Pick<JournalEntry, 'occurredAt' | 'phase' | 'emotions' | 'triggers' | 'bodyNote'>;

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
  /** The open vault's Argon2id parameters (sized to this device when it was made or its passphrase last changed). */
  kdfParams(): Promise<{ memoryKib: number; iterations: number; parallelism: number }>;
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
export type Settings = Omit<SettingsRecord, 'updatedAt'>;

/** The core's defaults and accepted ranges (inclusive); readable while locked. */
export interface SettingsRules {
  defaults: Settings;
  autoLockMinutes: readonly [number, number];
  hiddenGraceSeconds: readonly [number, number];
}

export interface Contact extends ContactRecord {
  id: string;
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

export type DiaryDayInput = Omit<DiaryDayRecord, 'createdAt' | 'updatedAt'>;

export interface DiaryDay extends DiaryDayRecord {
  id: string;
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
export type BoundaryPlan = Omit<BoundaryPlanRecord, 'updatedAt'>;

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

export interface NoContactGoal extends NoContactGoalRecord {
  id: string;
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

/** One line of the list: never the whole text (the core's Row). */
export type EntryRow = Row;

export interface EntryPage extends Page {
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
export type IncidentFields = Pick<
  Incident,
  'occurredAt' | 'place' | 'whatHappened' | 'injuries' | 'witnesses' | 'evidence' | 'reportNumbers' | 'howIFelt' | 'after'
>;

/** How one saved version fares in the chain check. */
export type IncidentStatus = EntryStatus;

/** One saved version, as sealed (plus its status in the check). */
export interface IncidentVersion extends Incident {
  status: IncidentStatus;
}

/** One incident: its newest version and every version, oldest first (the newest last). */
export interface IncidentItem {
  current: IncidentVersion;
  versions: IncidentVersion[];
}

/** The whole log: incidents newest first, every version in log order, and the chain check. */
export interface IncidentLog {
  incidents: IncidentItem[];
  versions: IncidentVersion[];
  /** The core's chain check: `head` is the newest version's hash (an export kept elsewhere fixes the
   * log up to it); the UI words the result and the problems (ui/incident/check.ts). */
  check: Pick<ChainReport, 'intact' | 'count' | 'head' | 'problems'>;
}

export interface IncidentRules {
  shortChars: number;
  textChars: number;
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

/**
 * Which editor, and what it was editing: the entry's or incident's id (absent for a new one),
 * the diary day's date; none for the safety plan and the contact plan.
 */
export interface DraftTarget {
  editor: DraftEditor;
  subject?: string;
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
