// The contact log and the no-contact goal: sealed `contactLog` and `noContactGoal` records.
import type {
  Channel,
  HooverTactic,
  Initiator,
  NoContactGoal as NoContactGoalRecord,
  NoContactSummary,
} from '../../../worker/generated/model';
import type { Saved } from '../../../worker/saved';

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

export interface ContactLogApi {
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
