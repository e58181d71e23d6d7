// The worker's settings and contacts calls. Settings live in one ordinary sealed record under a
// random id (the newest copy wins, should a merge bring two); each contact is a record of its own.
// They are found through the record repository's kind index.
import type * as Wasm from '../../../wasm/pkg/kintsugi_wasm.js';
import type { Contact, Settings, SettingsApi } from '../shared/api';
import type { Saved } from '../../../worker/saved';
import { KintsugiError } from '../../../worker/errors';
import {
  contactRecordJson,
  parseContactRecord,
  parseSettingsRecord,
  parseSettingsRules,
  settingsRecordJson,
  sortContacts,
} from '../shared/records';
import type { ServiceDeps } from '../../../worker/service.deps';

type SafetyCore = Pick<typeof Wasm, 'settingsRules' | 'invalidField' | 'newRecordId'>;

export type SafetyDeps = ServiceDeps<SafetyCore>;

const RECORD_ID = /^[0-9a-f]{32}$/;

export function createSafetyService({ loadCore, store, serial, storage, records }: SafetyDeps): SettingsApi {
  const settingsRecord = () =>
    records.newestOf('settings', (id, json) => {
      const s = parseSettingsRecord(json);
      return s ? { ...s, id } : null;
    });
  const contacts = () => records.parsedOf('contact', parseContactRecord);

  async function rules() {
    return parseSettingsRules((await loadCore()).settingsRules());
  }

  /** Seals `json` under `id` unless the core names a broken field. */
  async function sealChecked<T>(id: string, json: string, value: T): Promise<Saved<T>> {
    const saved = await records.save(id, json);
    return saved.ok ? { ok: true, value } : saved;
  }

  return {
    settingsRules: rules,

    getSettings: () =>
      serial(async () => {
        const found = await settingsRecord();
        return found ? found.settings : (await rules()).defaults;
      }),

    saveSettings: (settings) =>
      serial(async (): Promise<Saved<Settings>> => {
        const found = await settingsRecord();
        const id = found ? found.id : (await loadCore()).newRecordId();
        const clean: Settings = {
          autoLockMinutes: settings.autoLockMinutes,
          hiddenGraceSeconds: settings.hiddenGraceSeconds,
          quickExitUrl: settings.quickExitUrl.trim(),
          crisisRegion: settings.crisisRegion,
          // Only setting or removing a second passphrase changes this (service.second.ts), never the form.
          ...(found?.settings.secondSlotKey ? { secondSlotKey: found.settings.secondSlotKey } : {}),
        };
        return sealChecked(id, settingsRecordJson(clean, Date.now()), clean);
      }),

    listContacts: () => serial(async () => sortContacts(await contacts())),

    saveContact: (input) =>
      serial(async (): Promise<Saved<Contact>> => {
        const now = Date.now();
        let id: string;
        let createdAt = now;
        if (input.id === undefined) {
          id = (await loadCore()).newRecordId();
        } else {
          const existing = (await contacts()).find((c) => c.id === input.id);
          if (!existing) throw new KintsugiError('not-found', 'That contact does not exist.');
          id = existing.id;
          createdAt = existing.createdAt;
        }
        const clean = { name: input.name.trim(), number: input.number.trim(), note: input.note.trim() };
        const contact: Contact = { id, ...clean, createdAt, updatedAt: now };
        return sealChecked(id, contactRecordJson(clean, createdAt, now), contact);
      }),

    deleteContact: (id) =>
      serial(async () => {
        if (!RECORD_ID.test(id) || !(await contacts()).some((c) => c.id === id)) {
          throw new KintsugiError('not-found', 'That contact does not exist.');
        }
        await storage(() => store.deleteRecord(id));
      }),
  };
}
