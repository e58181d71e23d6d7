// The worker's diary-card calls. Each day is one ordinary sealed record under a random id; the
// worker finds a date's record among the diary days of the kind index (service.records.ts).
// Which copy of a date counts, and the week summary, are the core's rules.
import type * as Wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { DiaryApi, DiaryDay } from '../shared/api';
import type { Saved } from '../../../worker/saved';
import { diaryDaysJson, diaryRecordJson, parseDiaryRecord, parseDiaryRules, parseDiarySummary } from '../shared/records';
import type { ServiceDeps } from '../../../worker/service.deps';

type DiaryCore = Pick<
  typeof Wasm,
  'diaryRules' | 'diaryWeekSummary' | 'diaryWeekStart' | 'diaryAddDays' | 'diaryNewestIndices' | 'invalidField' | 'newRecordId'
>;

export type DiaryDeps = ServiceDeps<DiaryCore>;

export function createDiaryService({ loadCore, serial, records }: DiaryDeps): DiaryApi {
  /** Every readable diary day, the newest copy of each date, by date. */
  async function days(): Promise<DiaryDay[]> {
    const found = await records.parsedOf('diaryDay', parseDiaryRecord);
    const keep = (await loadCore()).diaryNewestIndices(diaryDaysJson(found));
    return Array.from(keep, (i) => found[i]).filter((d): d is DiaryDay => d !== undefined);
  }

  return {
    diaryRules: async () => parseDiaryRules((await loadCore()).diaryRules()),

    listDiaryDays: () => serial(days),

    diaryWeek: (date, offsetWeeks = 0) =>
      serial(async () => {
        const core = await loadCore();
        const weekStart = core.diaryAddDays(core.diaryWeekStart(date), offsetWeeks * 7);
        const all = await days();
        const summary = parseDiarySummary(core.diaryWeekSummary(diaryDaysJson(all), weekStart));
        return { weekStart, days: all.filter((d) => summary.dates.includes(d.date)), summary };
      }),

    saveDiaryDay: (input) =>
      serial(async (): Promise<Saved<DiaryDay>> => {
        const core = await loadCore();
        const now = Date.now();
        const existing = (await days()).find((d) => d.date === input.date);
        const id = existing ? existing.id : core.newRecordId();
        const createdAt = existing ? existing.createdAt : now;
        const json = diaryRecordJson(input, createdAt, now);
        const checked = await records.save(id, json);
        if (!checked.ok) return checked;
        const saved = parseDiaryRecord(id, json);
        if (!saved) throw new Error('saveDiaryDay: the record it wrote does not read back');
        return { ok: true, value: saved };
      }),
  };
}
