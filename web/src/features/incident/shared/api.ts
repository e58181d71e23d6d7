// The incident log: versions in a hash chain, never rewritten; the chain, its check and which
// version is current are the core's (crates/model/src/incident.rs).
import type { ChainReport, EntryStatus, Incident, IncidentRules } from '../../../worker/generated/model';
import type { Saved } from '../../../worker/saved';

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

/** The editor's field limits (incidentRules). */
export type { IncidentRules };

/** A "When to walk away" check the person kept. */
export interface KeptCheck {
  id: string;
  yes: string[];
  takenAt: number;
  /** The result id, read by the core with the question set the check was kept with. */
  result: string;
}

export interface IncidentApi {
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
