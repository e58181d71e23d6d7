// The worker's incident-log calls and the kept walk-away checks.
// Every version is an ordinary sealed `incident` record under a random id. The chain (seq,
// prevHash, hash), its check and which version is current all come from the core; this file
// only finds the records, hands their JSON over and seals what comes back.
import type * as Wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { IncidentApi, IncidentFields, IncidentLog, IncidentRules, IncidentStatus, IncidentVersion, KeptCheck } from '../shared/api';
import type { Saved } from '../../../worker/saved';
import { KintsugiError } from '../../../worker/errors';
import type { ServiceDeps } from '../../../worker/service.deps';

type IncidentCore = Pick<
  typeof Wasm,
  | 'incidentRules'
  | 'incidentAppend'
  | 'incidentVerify'
  | 'incidentVersions'
  | 'incidentDraftInvalidField'
  | 'newRecordId'
  | 'walkAwayCheckResult'
>;

export type IncidentDeps = ServiceDeps<IncidentCore>;

const FIELDS = ['place', 'whatHappened', 'injuries', 'witnesses', 'evidence', 'reportNumbers', 'howIFelt', 'after'] as const;

interface Stored {
  id: string;
  json: string;
  version: Omit<IncidentVersion, 'status'>;
}

function parseIncident(id: string, json: string): Stored | null {
  const parsed = JSON.parse(json) as { kind?: string } & Omit<IncidentVersion, 'status'>;
  if (parsed.kind !== 'incident') return null;
  const { kind: _kind, ...version } = parsed;
  return { id, json, version };
}

/** Only what the person typed, in the draft shape the core takes. */
function draftOf(fields: IncidentFields): IncidentFields {
  const draft = { occurredAt: fields.occurredAt } as IncidentFields;
  for (const name of FIELDS) draft[name] = fields[name];
  return draft;
}

export function createIncidentService(deps: IncidentDeps): IncidentApi {
  const { loadCore, serial, unlocked, store, storage, records } = deps;
  const all = () => records.parsedOf('incident', parseIncident);
  const arrayJson = (log: Stored[]) => `[${log.map((s) => s.json).join(',')}]`;

  async function logOf(log: Stored[]): Promise<IncidentLog> {
    const core = await loadCore();
    const json = arrayJson(log);
    const report = JSON.parse(core.incidentVerify(json)) as IncidentLog['check'] & {
      entries: { index: number; status: IncidentStatus }[];
    };
    const withStatus: IncidentVersion[] = log.map((s) => ({ ...s.version, status: 'intact' }));
    // The core's answers index into the log it was given; one outside it is a bug, said as such.
    const at = (index: number): IncidentVersion => {
      const version = withStatus[index];
      if (!version) throw new Error(`the incident check named version ${index} of ${withStatus.length}`);
      return version;
    };
    for (const entry of report.entries) at(entry.index).status = entry.status;
    const groups = JSON.parse(core.incidentVersions(json)) as { current: number; versions: number[] }[];
    return {
      incidents: groups.map((g) => ({ current: at(g.current), versions: g.versions.map(at) })),
      versions: report.entries.map((e) => at(e.index)),
      check: { intact: report.intact, count: report.count, head: report.head, problems: report.problems },
    };
  }

  async function keptChecks(): Promise<(KeptCheck & { json: string })[]> {
    const core = await loadCore();
    const found = await records.parsedOf('walkAwayCheck', (id, json) => {
      const parsed = JSON.parse(json) as { kind?: string; yes: string[]; takenAt: number };
      if (parsed.kind !== 'walkAwayCheck') return null;
      // Read with the question set the check was kept with (old checks have no version).
      const outcome = core.walkAwayCheckResult(json);
      const result = outcome === undefined ? 'noSigns' : (JSON.parse(outcome) as { result: string }).result;
      return { id, json, yes: parsed.yes, takenAt: parsed.takenAt, result };
    });
    return found.sort((a, b) => b.takenAt - a.takenAt);
  }

  return {
    incidentRules: async () => JSON.parse((await loadCore()).incidentRules()) as IncidentRules,

    incidentLog: () => serial(async () => logOf(await all())),

    saveIncident: (fields, supersedes) =>
      serial(async (): Promise<Saved<IncidentVersion>> => {
        const core = await loadCore();
        const draft = draftOf(fields);
        // Ask the core which field breaks a rule, so the editor can point at it.
        const field = core.incidentDraftInvalidField(JSON.stringify(draft));
        if (field !== undefined) return { ok: false, field };
        const log = await all();
        const json = core.incidentAppend(arrayJson(log), JSON.stringify(supersedes ? { ...draft, supersedes } : draft), Date.now());
        const id = core.newRecordId();
        const checked = await records.save(id, json);
        if (!checked.ok) return checked;
        const saved = parseIncident(id, unlocked().openRecord(id, checked.sealed));
        if (!saved) throw new KintsugiError('corrupt', 'The saved incident could not be read back.');
        return { ok: true, value: { ...saved.version, status: 'intact' } };
      }),

    deleteIncidentLog: () =>
      serial(async () => {
        // Newest first: if this is interrupted, what is left is the start of the log, and
        // deleting again removes the rest.
        const log = (await all()).sort((a, b) => b.version.seq - a.version.seq);
        for (const { id } of log) await storage(() => store.deleteRecord(id));
      }),

    listWalkAwayChecks: () => serial(async () => (await keptChecks()).map(({ json: _json, ...check }) => check)),

    deleteWalkAwayCheck: (id) =>
      serial(async () => {
        // Only a kept check can be deleted through this call, never another record.
        if (!(await keptChecks()).some((c) => c.id === id)) {
          throw new KintsugiError('invalid-input', 'That check is not in this vault.');
        }
        await storage(() => store.deleteRecord(id));
      }),
  };
}
