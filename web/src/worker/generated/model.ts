// Generated from the Rust types (crates/model) by ts-rs: do not edit.
// Run `make ts` after changing a type; `make test` fails while this file is stale.

/**
 * When the vault was last backed up:
 * `{"kind":"backupState","lastBackupAt":...,"updatedAt":...}`. Kept in its own sealed
 * record so the store stays blind to what it is.
 */
export type BackupState = { 
/**
 * Milliseconds since the Unix epoch: when the last backup file was made (or restored from).
 */
lastBackupAt: number, 
/**
 * Milliseconds since the Unix epoch.
 */
updatedAt: number, };

/**
 * `{"kind":"boundaryPlan","describe":...,"express":...,...,"updatedAt":...}`. Every field
 * has a default, so a plan with only some parts filled in (or from before a field existed)
 * opens with the rest empty.
 */
export type BoundaryPlan = { 
/**
 * DEAR MAN "Describe": the facts of the situation, without judgement.
 */
describe: string, 
/**
 * "Express": how I feel about it, in "I" sentences.
 */
express: string, 
/**
 * "Assert": what I want, or what I will not do.
 */
assert: string, 
/**
 * "Reinforce": why it is good for both of us, or what happens next.
 */
reinforce: string, 
/**
 * Cope ahead: the situation I expect.
 */
situation: string, 
/**
 * Cope ahead: what I will probably feel.
 */
feelings: string, 
/**
 * Cope ahead: what I will do (skills, words, leaving).
 */
actions: string, 
/**
 * Cope ahead: who I can call afterwards.
 */
callAfter: string, 
/**
 * Milliseconds since the Unix epoch; the newest copy wins.
 */
updatedAt: number, };

/**
 * One version in the chain check, in log order.
 */
export type ChainEntry = { 
/**
 * Its position in the input.
 */
index: number, 
/**
 * Its place in the log.
 */
seq: number, 
/**
 * Its hash, computed from its content now.
 */
hash: string, 
/**
 * How it fares.
 */
status: EntryStatus, };

/**
 * One finding of the chain check.
 */
export type ChainProblem = { 
/**
 * The first place (0-based `seq`) it concerns.
 */
first: number, 
/**
 * The last place it concerns (the same as `first` except for a run of missing versions).
 */
last: number, 
/**
 * What was found.
 */
kind: ProblemKind, };

/**
 * The result of [`verify_chain`].
 */
export type ChainReport = { 
/**
 * True when nothing was found (an empty log is intact).
 */
intact: boolean, 
/**
 * How many versions were checked.
 */
count: number, 
/**
 * The saved hash of the newest version (what a later export must still contain).
 */
head: string | null, 
/**
 * Every version, in log order (by `seq`, then hash).
 */
entries: Array<ChainEntry>, 
/**
 * What was found, by place.
 */
problems: Array<ChainProblem>, 
/**
 * The findings in plain English, one sentence each (the first says the overall result).
 */
sentences: Array<string>, };

/**
 * How a contact happened.
 */
export type Channel = "inPerson" | "call" | "text" | "socialMedia" | "email" | "throughSomeone" | "other";

/**
 * One documents or go-bag item: which, its statuses (any may apply) and where it is.
 */
export type ChecklistItem = { 
/**
 * One of [`CHECKLIST_ITEMS`], or [`OWN_CHECKLIST_ITEM`] with a `label`.
 */
item: string, 
/**
 * What the item is, for the person's own items; empty for the suggested ones.
 */
label: string, 
/**
 * I have it.
 */
have: boolean, 
/**
 * I have a copy.
 */
copied: boolean, 
/**
 * Someone I trust keeps it (or a copy).
 */
withSomeone: boolean, 
/**
 * I have a photo of it somewhere safe.
 */
photographed: boolean, 
/**
 * Where it is, or who has it.
 */
where: string, };

/**
 * One of the person's own crisis contacts:
 * `{"kind":"contact","name":...,"number":...,"note":...,"createdAt":...,"updatedAt":...}`.
 */
export type Contact = { 
/**
 * Who this is (a friend, a neighbour, a support worker).
 */
name: string, 
/**
 * The number as the person typed it.
 */
number: string, 
/**
 * Anything to remember (e.g. a code word), optional.
 */
note: string, 
/**
 * Milliseconds since the Unix epoch.
 */
createdAt: number, 
/**
 * Milliseconds since the Unix epoch.
 */
updatedAt: number, };

/**
 * One contact with the partner:
 * `{"kind":"contactLog","occurredAt":...,"initiatedBy":"them","channel":"text",...}`.
 */
export type ContactLog = { 
/**
 * When the contact happened, milliseconds since the Unix epoch.
 */
occurredAt: number, 
/**
 * Who started it.
 */
initiatedBy: Initiator, 
/**
 * How it happened.
 */
channel: Channel, 
/**
 * The hoover tactic, if there was one.
 */
hooverTactic?: HooverTactic, 
/**
 * Free text.
 */
note: string, 
/**
 * Whether this contact broke a no-contact commitment. A breaking contact ends the
 * running streak and a new one starts from it (see `docs/cycle-insights.md`).
 */
brokeNoContact: boolean, 
/**
 * Milliseconds since the Unix epoch.
 */
createdAt: number, 
/**
 * Milliseconds since the Unix epoch.
 */
updatedAt: number, };

/**
 * One cycle: from a return (idealization or hoovering) through devaluation or discard
 * to the next return.
 */
export type Cycle = { 
/**
 * Milliseconds since the Unix epoch: the first entry of the opening return.
 */
start: number, 
/**
 * The first entry of the next return; `now` for the cycle in progress.
 */
end: number, 
/**
 * `end - start` in milliseconds.
 */
lengthMs: number, 
/**
 * The length in whole days, rounded to the nearest day.
 */
lengthDays: number, 
/**
 * Milliseconds spent in each phase that occurs in the cycle (unsure never does).
 */
phaseMs: { [key in Phase]?: number }, 
/**
 * The same in whole days, each rounded to the nearest day (so they may not add up
 * to `length_days` exactly).
 */
phaseDays: { [key in Phase]?: number }, };

/**
 * The cycles found in the phase sequence.
 */
export type CycleSummary = { 
/**
 * Entries that carry a phase other than unsure (dated up to `now`).
 */
phaseEntries: number, 
/**
 * Number of complete cycles.
 */
count: number, 
/**
 * Complete cycles, oldest first.
 */
complete: Array<Cycle>, 
/**
 * The cycle still going at `now`, if one has begun.
 */
inProgress: Cycle | null, 
/**
 * Cycles that began but were cut off by a gap of more than 28 days (not counted).
 */
interrupted: number, };

/**
 * An average over the days something was rated.
 */
export type DiaryAverage = { 
/**
 * The emotion or urge.
 */
name: string, 
/**
 * Mean rating, rounded to one decimal.
 */
mean: number, 
/**
 * Days it was rated.
 */
days: number, 
/**
 * Days it was acted on (always 0 for emotions).
 */
actedOnDays: number, };

/**
 * A diary-card day: `{"kind":"diaryDay","date":"2026-11-23","emotions":[...],...}`.
 */
export type DiaryDay = { 
/**
 * The local calendar date, `YYYY-MM-DD`.
 */
date: string, 
/**
 * Emotions rated that day; an emotion not listed was not rated.
 */
emotions: Array<DiaryEmotion>, 
/**
 * Urges rated that day.
 */
urges: Array<DiaryUrge>, 
/**
 * The day's skills use on the 0-7 scale.
 */
skillsUsed: number, 
/**
 * Ids of the skills used (from the app's skills library; only the form is checked here).
 */
skills: Array<string>, 
/**
 * Anything the person wants to add.
 */
note: string, 
/**
 * Milliseconds since the Unix epoch.
 */
createdAt: number, 
/**
 * Milliseconds since the Unix epoch; the newest copy of a date wins.
 */
updatedAt: number, };

/**
 * One rated emotion: `{"name":"fear","rating":3}`.
 */
export type DiaryEmotion = { 
/**
 * One of [`DIARY_EMOTIONS`] or the person's own word.
 */
name: string, 
/**
 * 0 (none) to 5 (as strong as it gets).
 */
rating: number, };

/**
 * The diary card's fixed lists and limits ([`diary_rules_json`]), so the UI never hard-codes them.
 */
export type DiaryRules = { 
/**
 * The emotions a day card asks about, in order.
 */
emotions: Array<string>, 
/**
 * The urges a day card asks about, in order.
 */
urges: Array<string>, 
/**
 * The urges that, rated at `crisisRating` or more, bring the crisis lines forward.
 */
crisisUrges: Array<string>, 
/**
 * See `crisisUrges`.
 */
crisisRating: number, 
/**
 * Ratings run from 0 to this.
 */
maxRating: number, 
/**
 * "Skills used" runs from 0 to this.
 */
maxSkillsUsed: number, 
/**
 * A day counts as "used skills" at this rating or more.
 */
skillsUsedThreshold: number, 
/**
 * Fewer days than this on either side: no comparison.
 */
minDaysToCompare: number, 
/**
 * The longest emotion or urge name.
 */
maxNameChars: number, 
/**
 * The longest note.
 */
maxNoteChars: number, };

/**
 * How often a skill was noted.
 */
export type DiarySkillCount = { 
/**
 * The library id.
 */
id: string, 
/**
 * Days it was noted.
 */
days: number, };

/**
 * Urges on days with skills used (scale >= [`SKILLS_USED_THRESHOLD`]) and on other days.
 * Only days with at least one urge rated take part.
 */
export type DiarySkillsAndUrges = { 
/**
 * Days with skills used and an urge rated.
 */
withSkillsDays: number, 
/**
 * Other days with an urge rated.
 */
otherDays: number, 
/**
 * Mean of each day's mean urge, on days with skills (one decimal); `None` with no days.
 */
withSkillsMean: number | null, 
/**
 * The same on the other days.
 */
otherMean: number | null, 
/**
 * Whether both groups have at least [`MIN_DAYS_TO_COMPARE`] days.
 */
enoughDays: boolean, 
/**
 * `Some(true)` when urges were lower on days with skills; `None` without enough days.
 */
lowerWithSkills: boolean | null, };

/**
 * One rated urge: `{"name":"self-harm","rating":2,"actedOn":false}`.
 */
export type DiaryUrge = { 
/**
 * One of [`DIARY_URGES`] or the person's own target.
 */
name: string, 
/**
 * 0 (none) to 5 (as strong as it gets).
 */
rating: number, 
/**
 * Whether the person acted on it that day.
 */
actedOn: boolean, };

/**
 * A week of the diary card, as data and as plain sentences.
 */
export type DiaryWeekSummary = { 
/**
 * The seven dates, Monday first.
 */
dates: Array<string>, 
/**
 * Days of the week with a record.
 */
daysRecorded: number, 
/**
 * Per emotion, in the order first seen (the card's order for the usual set).
 */
emotions: Array<DiaryAverage>, 
/**
 * Per urge, in the order first seen.
 */
urges: Array<DiaryAverage>, 
/**
 * Skills by days noted, most first (ties by id); at most five.
 */
skillsMostUsed: Array<DiarySkillCount>, 
/**
 * The urge comparison.
 */
skillsAndUrges: DiarySkillsAndUrges, 
/**
 * The summary in plain English, one sentence each.
 */
sentences: Array<string>, };

/**
 * `{"kind":"draft","editor":...,"subject":...,"form":{...},"updatedAt":...}`.
 */
export type Draft = { 
/**
 * Which editor was open.
 */
editor: DraftEditor, 
/**
 * What it was editing: the id of the entry or incident (absent for a new one), or the
 * diary day's date. Letters, digits and `-` only.
 */
subject?: string, 
/**
 * The editor's form state as the person typed it, untidied: the app restores it word
 * for word. Checked only for size and depth; the real record's rules apply on Save.
 */
form: Record<string, unknown>, 
/**
 * Milliseconds since the Unix epoch: when it was last written.
 */
updatedAt: number, };

/**
 * The editor a draft belongs to.
 */
export type DraftEditor = "journal" | "safetyPlan" | "incident" | "diaryDay" | "contactPlan";

/**
 * One emotion's average in one week.
 */
export type EmotionAverage = { 
/**
 * The emotion's name, in its earliest spelling.
 */
emotion: string, 
/**
 * How many entries that week rated it.
 */
ratings: number, 
/**
 * The sum of those ratings.
 */
total: number, 
/**
 * `total / ratings`.
 */
average: number, };

/**
 * An emotion filter: the emotion's name (compared ignoring case) and the lowest rating.
 */
export type EmotionFilter = { 
/**
 * The emotion's name.
 */
name: string, 
/**
 * The lowest rating that matches, 0 ..= 5 (0: any entry that rated it).
 */
min: number, };

/**
 * Emotion averages of one ISO week (in the person's local time).
 */
export type EmotionWeek = { 
/**
 * The week's Monday in the person's local time, `YYYY-MM-DD` (for charts).
 */
weekStart: string, 
/**
 * Entries that week with at least one rating.
 */
entries: number, 
/**
 * One per emotion rated that week, by name.
 */
averages: Array<EmotionAverage>, 
/**
 * The ISO week-numbering year (can differ from the calendar year near New Year).
 */
year: number, 
/**
 * 1 ..= 53.
 */
week: number, };

/**
 * How one version fares in the chain check.
 */
export type EntryStatus = "intact" | "fork" | "afterGap" | "moved" | "edited";

/**
 * One record the check found, by id and kind (the JSON kind name).
 */
export type FoundRecord = { 
/**
 * The record id, 32 lowercase hex characters.
 */
id: string, 
/**
 * Its kind: what the manifest listed, or what the record opened as.
 */
kind: string, };

/**
 * A way the partner tried to pull the person back.
 */
export type HooverTactic = "apology" | "promiseToChange" | "gift" | "guilt" | "crisis" | "loveBombing" | "justCheckingIn" | "threat" | "thirdParty" | "other";

/**
 * One saved version of an incident:
 * `{"kind":"incident","occurredAt":...,"place":...,...,"seq":0,"prevHash":"00..","hash":"..","createdAt":...}`.
 */
export type Incident = { 
/**
 * When it happened (set by the person), milliseconds since the Unix epoch.
 */
occurredAt: number, 
/**
 * Where it happened.
 */
place: string, 
/**
 * What the other person did and said.
 */
whatHappened: string, 
/**
 * Injuries.
 */
injuries: string, 
/**
 * Who saw or heard it.
 */
witnesses: string, 
/**
 * Evidence held elsewhere (photos, messages, medical notes), described.
 */
evidence: string, 
/**
 * Police, medical or other report numbers.
 */
reportNumbers: string, 
/**
 * How I felt.
 */
howIFelt: string, 
/**
 * What happened after.
 */
after: string, 
/**
 * The version's place in the log: 0, 1, 2, ... Not hashed: the order is fixed by
 * `prevHash`, and the verifier checks `seq` against it.
 */
seq: number, 
/**
 * The hash of the version saved before this one (64 lowercase hex); [`ZERO_HASH`] first.
 */
prevHash: string, 
/**
 * The hash of the version this one replaces (an edit); absent for a new incident.
 */
supersedes?: string, 
/**
 * This version's own hash as saved (see [`Incident::compute_hash`]).
 */
hash: string, 
/**
 * When this version was saved, milliseconds since the Unix epoch.
 */
createdAt: number, };

/**
 * The incident editor's field limits ([`incident_rules_json`]).
 */
export type IncidentRules = { 
/**
 * Characters in a short field (place, witnesses, report numbers), at most.
 */
shortChars: number, 
/**
 * Characters in a long field (what happened, injuries, ...), at most.
 */
textChars: number, };

/**
 * One incident as the person sees it: its newest version and every version, oldest first.
 */
export type IncidentVersions = { 
/**
 * The position (in the input) of the version to show.
 */
current: number, 
/**
 * The positions of all its versions, oldest first (the current one last).
 */
versions: Array<number>, };

/**
 * Who started a contact.
 */
export type Initiator = "me" | "them" | "someoneElse";

/**
 * Everything the insights screen shows.
 */
export type Insights = { 
/**
 * The cycles.
 */
cycles: CycleSummary, 
/**
 * Calm across the last three complete cycles.
 */
calmTrend: PhaseTrend, 
/**
 * Idealization across the last three complete cycles.
 */
idealizationTrend: PhaseTrend, 
/**
 * Triggers noted in the 72 hours before a devaluation or discard began.
 */
triggersBeforeEscalation: TriggerSummary, 
/**
 * Emotion averages per ISO week, oldest first.
 */
emotionWeeks: Array<EmotionWeek>, 
/**
 * Hoover tactics, most frequent first.
 */
hooverTactics: Array<TacticCount>, 
/**
 * No-contact streaks.
 */
noContact: NoContactSummary, 
/**
 * The same, told in sentences.
 */
sentences: Array<Sentence>, 
/**
 * The phase stretches, oldest first: the dated sequence the cycles are found in.
 */
timeline: Array<TimelineStretch>, };

/**
 * What [`ManifestCheck`] found. Empty lists and `listMissing: false` mean nothing changed
 * outside the app.
 */
export type IntegrityReport = { 
/**
 * The vault had readable records but no manifest (or one that did not open), so nothing
 * could be compared; the lists below are then empty and a new manifest lists what is stored.
 */
listMissing: boolean, 
/**
 * Listed, and no longer stored.
 */
missing: Array<FoundRecord>, 
/**
 * Listed, stored, opens, but not the version the app last wrote.
 */
replaced: Array<FoundRecord>, 
/**
 * Listed, stored, and no longer opens.
 */
damaged: Array<FoundRecord>, 
/**
 * Opens under this vault, but the app never listed it.
 */
added: Array<FoundRecord>, };

/**
 * A journal entry: `{"kind":"journal","text":...,"createdAt":...,"updatedAt":...}`, plus
 * the cycle tracker's optional fields. Entries written before those fields existed have
 * none of them, and an entry without them is written exactly as before.
 */
export type JournalEntry = { 
/**
 * What the person wrote.
 */
text: string, 
/**
 * Milliseconds since the Unix epoch.
 */
createdAt: number, 
/**
 * Milliseconds since the Unix epoch. Not required to be after `created_at`: phone
 * clocks get changed, and refusing an edit over that would lose words.
 */
updatedAt: number, 
/**
 * When it happened (set by the person), milliseconds since the Unix epoch; absent
 * means `created_at`. See [`JournalEntry::occurred_at`].
 */
occurredAt?: number, 
/**
 * Emotion ratings, 0 ..= 5.
 */
emotions?: { [key in string]: number }, 
/**
 * The cycle phase the person felt they were in.
 */
phase?: Phase, 
/**
 * Free trigger tags.
 */
triggers?: Array<string>, 
/**
 * What the body felt.
 */
bodyNote?: string, };

/**
 * A no-contact commitment: `{"kind":"noContactGoal","startedAt":...,"note":"",...}`.
 * It is active while `endedAt` is absent. Each goal is kept when it ends, so the
 * history of streaks can be computed.
 */
export type NoContactGoal = { 
/**
 * When the commitment began, milliseconds since the Unix epoch.
 */
startedAt: number, 
/**
 * When it ended; absent while it is active. Not before `startedAt`.
 */
endedAt?: number, 
/**
 * Free text.
 */
note: string, 
/**
 * Milliseconds since the Unix epoch.
 */
createdAt: number, 
/**
 * Milliseconds since the Unix epoch.
 */
updatedAt: number, };

/**
 * The person's no-contact history.
 */
export type NoContactSummary = { 
/**
 * Goals recorded (including ones that start after `now`).
 */
goals: number, 
/**
 * The streak going on now, if a goal is active.
 */
current: Streak | null, 
/**
 * The longest streak in days, current one included; `None` without any streak.
 */
longestDays: number | null, 
/**
 * Every streak, oldest first.
 */
streaks: Array<Streak>, };

/**
 * One page of results.
 */
export type Page = { 
/**
 * How many entries match the query.
 */
total: number, 
/**
 * How many entries the index holds.
 */
entries: number, 
/**
 * The matches from the requested offset, newest first.
 */
rows: Array<Row>, };

/**
 * Where in the push-pull cycle the person felt they were.
 */
export type Phase = "idealization" | "devaluation" | "discard" | "hoovering" | "calm" | "unsure";

/**
 * A phase's time in the last three complete cycles that hold it.
 */
export type PhaseTrend = { 
/**
 * The phase looked at (calm or idealization).
 */
phase: Phase, 
/**
 * What the days show.
 */
kind: TrendKind, 
/**
 * Days in that phase, oldest first: the last three cycles that hold it (fewer if
 * there are fewer).
 */
days: Array<number>, };

/**
 * A person or service: `{"name":"Ana","contact":"555 0100"}`; either part may be empty.
 */
export type PlanContact = { 
/**
 * Who (a friend, a clinician, an agency).
 */
name: string, 
/**
 * How to reach them, as typed (free text: a number, an address, a note).
 */
contact: string, };

/**
 * The safety plan's limits and ids ([`plan_rules_json`]).
 */
export type PlanRules = { 
/**
 * Items in one list of the plan, at most.
 */
maxItems: number, 
/**
 * Characters in one item, at most.
 */
maxItemChars: number, 
/**
 * Characters in a name, at most.
 */
maxNameChars: number, 
/**
 * Characters in a contact's number or address, at most.
 */
maxContactChars: number, 
/**
 * Characters in a "where", at most.
 */
maxWhereChars: number, 
/**
 * The person's own checklist items, at most.
 */
maxOwnChecklistItems: number, 
/**
 * The ids of the suggested checklist items, in order.
 */
checklist: Array<string>, 
/**
 * The ids of the technology reminders, in order.
 */
tech: Array<string>, };

/**
 * What the chain check found, at which place (`seq`, 0-based) or range of places.
 */
export type ProblemKind = "edited" | "changedBeforeNext" | "missing" | "reordered" | "fork";

/**
 * What the list asks for. Every part is optional; an empty query matches every entry.
 */
export type Query = { 
/**
 * Words that must all occur (see the module docs for the folding).
 */
text: string, 
/**
 * Entries in any of these phases; empty means any phase (and entries without one).
 */
phases: Array<Phase>, 
/**
 * Entries that rated this emotion at least this high.
 */
emotion?: EmotionFilter, 
/**
 * Entries carrying this trigger tag (compared ignoring case).
 */
trigger?: string, 
/**
 * When it happened, at or after (milliseconds since the Unix epoch).
 */
from?: number, 
/**
 * When it happened, at or before (milliseconds since the Unix epoch).
 */
to?: number, };

/**
 * One line of the journal list: what it shows, never the whole text.
 */
export type Row = { 
/**
 * The record id (hex).
 */
id: string, 
/**
 * When it happened (the time the person set, else when it was written).
 */
occurredAt: number, 
/**
 * When it was written.
 */
createdAt: number, 
/**
 * When it was last saved.
 */
updatedAt: number, 
/**
 * The cycle phase, if the person chose one.
 */
phase?: Phase, 
/**
 * The start of the text, whitespace runs made single spaces, with "…" when cut.
 */
excerpt: string, 
/**
 * The highest rated emotions (rating 1 or more), highest first.
 */
emotions: Array<RowEmotion>, 
/**
 * The first trigger tags.
 */
triggers: Array<string>, };

/**
 * One emotion rating shown on a row.
 */
export type RowEmotion = { 
/**
 * The emotion's name as the person wrote it.
 */
name: string, 
/**
 * 0 ..= 5.
 */
rating: number, };

/**
 * The safety plan: `{"kind":"safetyPlan","warningSigns":["..."],...,"updatedAt":...}`.
 *
 * Every field has a default, so a plan written before a section existed still opens.
 */
export type SafetyPlan = { 
/**
 * Thoughts, moods, situations that tell me a crisis may be coming.
 */
warningSigns: Array<string>, 
/**
 * Things I can do on my own to cope.
 */
copingAlone: Array<string>, 
/**
 * People and places that take my mind off things.
 */
distractions: Array<string>, 
/**
 * People I can ask for help.
 */
helpers: Array<PlanContact>, 
/**
 * Professionals and agencies: clinician, urgent care, crisis lines.
 */
professionals: Array<PlanContact>, 
/**
 * Making my surroundings safe.
 */
safeSurroundings: Array<string>, 
/**
 * Reasons for living.
 */
reasonsForLiving: Array<string>, 
/**
 * Safer rooms (an exit, no weapons, a lock).
 */
saferRooms: Array<string>, 
/**
 * How I get out.
 */
escapeRoute: Array<string>, 
/**
 * Where my keys, phone and go-bag are.
 */
keysPhoneBag: Array<string>, 
/**
 * Code words with children, friends and family.
 */
codeWords: Array<string>, 
/**
 * Neighbours who can call for help.
 */
neighbours: Array<string>, 
/**
 * Places I can go.
 */
placesToGo: Array<string>, 
/**
 * Money put aside, an account of my own.
 */
money: Array<string>, 
/**
 * Documents to take or copy.
 */
documents: Array<string>, 
/**
 * Who can lend me money or give me a place to stay.
 */
lendOrHouse: Array<string>, 
/**
 * When I will look at this plan again.
 */
reviewPlan: Array<string>, 
/**
 * Home security.
 */
homeSecurity: Array<string>, 
/**
 * A protection order: where the copy is and who knows.
 */
protectionOrder: Array<string>, 
/**
 * Work and public places.
 */
workAndPublic: Array<string>, 
/**
 * The documents and go-bag checklist.
 */
checklist: Array<ChecklistItem>, 
/**
 * The tech-safety reminders the person has ticked, by id ([`TECH_REMINDERS`]).
 */
techDone: Array<string>, 
/**
 * Milliseconds since the Unix epoch; the newest plan in a vault wins.
 */
updatedAt: number, };

/**
 * One record, tagged by `kind` in JSON. Later versions add kinds.
 */
export type SealedRecord = { "kind": "journal" } & JournalEntry | { "kind": "settings" } & Settings | { "kind": "contact" } & Contact | { "kind": "contactLog" } & ContactLog | { "kind": "noContactGoal" } & NoContactGoal | { "kind": "diaryDay" } & DiaryDay | { "kind": "boundaryPlan" } & BoundaryPlan | { "kind": "safetyPlan" } & SafetyPlan | { "kind": "walkAwayCheck" } & WalkAwayCheck | { "kind": "backupState" } & BackupState | { "kind": "incident" } & Incident | { "kind": "draft" } & Draft;

/**
 * One insight, as data and as English.
 */
export type Sentence = { 
/**
 * What it says.
 */
kind: SentenceKind, 
/**
 * Its numbers, in the order the kind documents.
 */
numbers: Array<number>, 
/**
 * Its words: phase, trend and tactic names as in JSON; triggers and emotions as typed.
 */
labels: Array<string>, 
/**
 * The English rendering.
 */
text: string, };

/**
 * What a sentence says; with `numbers` and `labels` it can be rendered in any language.
 */
export type SentenceKind = "noEntries" | "cyclesTooFew" | "cycleCount" | "cycleLengths" | "cycleInProgress" | "cyclesInterrupted" | "phaseTrend" | "triggersBefore" | "noTriggersBefore" | "noEscalationYet" | "emotionWeek" | "noEmotions" | "hooverTactics" | "noHooverTactics" | "noContactCurrent" | "noContactLongest" | "noContactInactive" | "noContactNone";

/**
 * The person's settings: `{"kind":"settings","autoLockMinutes":5,...}`.
 *
 * Every field has a default, so `{"kind":"settings"}` (or settings written before a
 * field existed) opens as the defaults for what is missing.
 */
export type Settings = { 
/**
 * Lock after this many minutes without input.
 */
autoLockMinutes: number, 
/**
 * Lock when the app has been hidden this many seconds; 0 locks at once.
 */
hiddenGraceSeconds: number, 
/**
 * Where quick exit sends the page (`https://` only).
 */
quickExitUrl: string, 
/**
 * The crisis-lines region the person chose; empty means "from the browser language".
 */
crisisRegion: string, 
/**
 * Milliseconds since the Unix epoch; tells two copies apart after an interrupted save.
 */
updatedAt: number, 
/**
 * When this vault set a second passphrase: the failed-attempt public key of the header slot
 * it wrote for the second vault, as 64 hex digits (empty: none). The second passphrase is
 * set while the header's other slot still has this key, so a restored vault, or one whose
 * other slot was written anew since, never claims one. Only the vault that set it keeps it:
 * the other vault's settings never do. Left out of the JSON when empty, so settings written
 * before it open and read the same.
 */
secondSlotKey?: string, };

/**
 * The settings defaults and the ranges the core accepts ([`settings_rules_json`]).
 */
export type SettingsRules = { 
/**
 * The settings a vault without a settings record uses.
 */
defaults: Settings, 
/**
 * The lowest and highest auto-lock, in minutes.
 */
autoLockMinutes: [number, number], 
/**
 * The lowest and highest wait before locking a hidden app, in seconds.
 */
hiddenGraceSeconds: [number, number], 
/**
 * How many wrong passphrases in a row may erase everything on the device, when the person
 * turns that on (it is off unless they do): the only counts offered and accepted.
 */
eraseAfterFailedAttempts: Array<number>, };

/**
 * One unbroken stretch of no contact.
 */
export type Streak = { 
/**
 * Milliseconds since the Unix epoch: the goal's start, or the contact that began it.
 */
start: number, 
/**
 * When it ended (a breaking contact, or the goal's end); `now` while ongoing.
 */
end: number, 
/**
 * Local calendar days from start to end: `local_day(end) - local_day(start)`, so a
 * streak begun today is 0 days, and one begun yesterday evening is 1 day.
 */
days: number, 
/**
 * Still going at `now`.
 */
ongoing: boolean, };

/**
 * How often a hoover tactic was logged.
 */
export type TacticCount = { 
/**
 * The tactic.
 */
tactic: HooverTactic, 
/**
 * Contacts logged with it.
 */
count: number, };

/**
 * One stretch on the phase timeline, for the chart of phases over time.
 */
export type TimelineStretch = { 
/**
 * The phase (never unsure: unsure entries are left out of stretches).
 */
phase: Phase, 
/**
 * Milliseconds since the Unix epoch: its first entry.
 */
start: number, 
/**
 * Where the next stretch starts; its own last entry before a long gap; `now` if ongoing.
 */
end: number, 
/**
 * `end - start` in whole days, rounded to the nearest day.
 */
lengthDays: number, 
/**
 * Which unbroken part of the sequence it belongs to (0 first; a gap of more than
 * 28 days starts the next).
 */
segment: number, 
/**
 * Still going at `now`.
 */
ongoing: boolean, };

/**
 * Whether a phase's stretches are getting shorter across recent cycles.
 */
export type TrendKind = "shorter" | "longer" | "mixed" | "tooLittleData";

/**
 * How often a trigger was noted before a devaluation or discard began.
 */
export type TriggerCount = { 
/**
 * The tag, in its earliest spelling.
 */
trigger: string, 
/**
 * Number of onsets with this tag on an entry in the 72 hours before (inclusive).
 */
count: number, };

/**
 * Triggers seen in the 72 hours before each devaluation or discard began.
 */
export type TriggerSummary = { 
/**
 * How many devaluation or discard stretches began (each is one look-back).
 */
onsets: number, 
/**
 * Most frequent first (ties by tag), at most ten.
 */
top: Array<TriggerCount>, };

/**
 * Where a result's buttons lead, in the order the result screen offers them.
 */
export type WalkAwayAction = "helpNow" | "safetyPlan";

/**
 * Advice a "yes" adds to the result, on top of what its group says.
 */
export type WalkAwayAdvice = "strangulation" | "leaving";

/**
 * A check the person chose to keep:
 * `{"kind":"walkAwayCheck","version":2,"yes":["afraid"],"takenAt":...}`. Without `version`
 * it is a check kept with the first question set (see `QUESTIONS_V1`), read forever.
 */
export type WalkAwayCheck = { 
/**
 * Which question set `yes` answers: absent for the first, [`WALK_AWAY_VERSION`] for today's.
 */
version?: number, 
/**
 * The questions answered "yes", by id.
 */
yes: Array<string>, 
/**
 * Milliseconds since the Unix epoch.
 */
takenAt: number, };

/**
 * The whole answer for a set of "yes" answers.
 */
export type WalkAwayOutcome = { 
/**
 * What the answers suggest.
 */
result: WalkAwayResult, 
/**
 * True when any danger item was answered "yes": the urgent message comes first.
 */
urgent: boolean, 
/**
 * Advice the answers add, each once, in a fixed order (strangulation first).
 */
advice: Array<WalkAwayAdvice>, 
/**
 * The result's buttons, in order; Help now is always first.
 */
actions: [WalkAwayAction, WalkAwayAction], };

/**
 * What the answers suggest, most urgent first.
 */
export type WalkAwayResult = "safetyFirst" | "abuseSigns" | "refusesChange" | "noSigns";

/** The stable `code` of every error the core throws, in the core's order. */
export const CORE_ERROR_CODES = [
  'wrong-passphrase',
  'corrupt',
  'unsupported-version',
  'invalid-parameters',
  'weak-passphrase',
  'invalid-record',
  'invalid-input',
  'locked',
  'internal',
  'not-a-backup',
  'truncated',
] as const;

/** One of the core's error codes. */
export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];

/** The journal's and the contact log's caps and fixed lists (the core checks them on every seal). */
export const MAX_ENTRY_CHARS = 100000;
export const MAX_NOTE_CHARS = 10000;
export const MAX_EMOTIONS = 32;
export const MAX_EMOTION_NAME_CHARS = 40;
export const MAX_RATING = 5;
export const MAX_TRIGGERS = 20;
export const MAX_TRIGGER_CHARS = 60;
export const DEFAULT_EMOTIONS: readonly string[] = ['sadness', 'shame', 'anger', 'fear', 'joy', 'guilt', 'loneliness', 'relief'];
export const PHASES: readonly Phase[] = ['idealization', 'devaluation', 'discard', 'hoovering', 'calm', 'unsure'];
export const INITIATORS: readonly Initiator[] = ['me', 'them', 'someoneElse'];
export const CHANNELS: readonly Channel[] = ['inPerson', 'call', 'text', 'socialMedia', 'email', 'throughSomeone', 'other'];
export const HOOVER_TACTICS: readonly HooverTactic[] = ['apology', 'promiseToChange', 'gift', 'guilt', 'crisis', 'loveBombing', 'justCheckingIn', 'threat', 'thirdParty', 'other'];
