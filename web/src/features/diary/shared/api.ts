// The DBT diary card: one sealed `diaryDay` record per date; its rules and week summary are the core's.
import type { DiaryDay as DiaryDayRecord, DiaryRules, DiaryWeekSummary } from '../../../worker/generated/model';
import type { Saved } from '../../../worker/saved';

export type DiaryDayInput = Omit<DiaryDayRecord, 'createdAt' | 'updatedAt'>;

export interface DiaryDay extends DiaryDayRecord {
  id: string;
}

/** The card's rules from the core (diary_rules_json). */
export type { DiaryRules };

export interface DiaryWeek {
  /** The Monday. */
  weekStart: string;
  /** The newest record of each date in the week, by date. */
  days: DiaryDay[];
  summary: DiaryWeekSummary;
}

export interface DiaryApi {
  diaryRules(): Promise<DiaryRules>;
  /** The week holding `date` (any day of it); `offsetWeeks` moves it. */
  diaryWeek(date: string, offsetWeeks?: number): Promise<DiaryWeek>;
  /** Every date's newest record, by date. */
  listDiaryDays(): Promise<DiaryDay[]>;
  /** Saves the day, replacing the record of the same date if there is one. */
  saveDiaryDay(input: DiaryDayInput): Promise<Saved<DiaryDay>>;
}
