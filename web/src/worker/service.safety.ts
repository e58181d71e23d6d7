// The worker's settings and contacts calls. Settings live in one ordinary sealed
// record under a random id: the store cannot tell it from a journal entry, so the worker
// finds it by opening every record (as listing the journal does anyway).
import type * as Wasm from '../wasm/pkg/kintsugi_wasm.js';
import type { Contact, Saved, Settings, VaultApi } from './api';
import { KintsugiError } from './errors';
import {
  contactRecordJson,
  newestSettings,
  parseContactRecord,
  parseSettingsRecord,
  parseSettingsRules,
  settingsRecordJson,
  sortContacts,
  type StoredSettings,
} from './safety-records';
import { openReadable, type ServiceDeps } from './service.scan';

type SafetyCore = Pick<typeof Wasm, 'settingsRules' | 'invalidField' | 'newRecordId'>;

export type SafetyApi = Pick<VaultApi, 'settingsRules' | 'getSettings' | 'saveSettings' | 'listContacts' | 'saveContact' | 'deleteContact'>;

export type SafetyDeps = ServiceDeps<SafetyCore>;

const RECORD_ID = /^[0-9a-f]{32}$/;

/** Opens every record; unreadable ones are the journal's to report, so they are skipped here. */
export function createSafetyService({ loadCore, store, unlocked, serial, storage }: SafetyDeps): SafetyApi {
  async function scan(): Promise<{ settings: (StoredSettings & { id: string })[]; contacts: Contact[] }> {
    const settings: (StoredSettings & { id: string })[] = [];
    const contacts: Contact[] = [];
    for (const { id, json } of await openReadable({ store, unlocked, storage })) {
      const s = parseSettingsRecord(json);
      if (s) settings.push({ ...s, id });
      const c = parseContactRecord(id, json);
      if (c) contacts.push(c);
    }
    return { settings, contacts };
  }

  async function rules() {
    return parseSettingsRules((await loadCore()).settingsRules());
  }

  /** Seals `json` under `id` unless the core names a broken field. */
  async function sealChecked<T>(id: string, json: string, value: T): Promise<Saved<T>> {
    const field = (await loadCore()).invalidField(json);
    if (field !== undefined) return { ok: false, field };
    const sealed = unlocked().sealRecord(id, json);
    await storage(() => store.putRecord(id, sealed));
    return { ok: true, value };
  }

  return {
    settingsRules: rules,

    getSettings: () =>
      serial(async () => {
        const found = newestSettings((await scan()).settings);
        return found ? found.settings : (await rules()).defaults;
      }),

    saveSettings: (settings) =>
      serial(async (): Promise<Saved<Settings>> => {
        const found = newestSettings((await scan()).settings);
        const id = found ? found.id : (await loadCore()).newRecordId();
        const clean: Settings = {
          autoLockMinutes: settings.autoLockMinutes,
          hiddenGraceSeconds: settings.hiddenGraceSeconds,
          quickExitUrl: settings.quickExitUrl.trim(),
          crisisRegion: settings.crisisRegion,
        };
        return sealChecked(id, settingsRecordJson(clean, Date.now()), clean);
      }),

    listContacts: () => serial(async () => sortContacts((await scan()).contacts)),

    saveContact: (input) =>
      serial(async (): Promise<Saved<Contact>> => {
        const now = Date.now();
        let id: string;
        let createdAt = now;
        if (input.id === undefined) {
          id = (await loadCore()).newRecordId();
        } else {
          const existing = (await scan()).contacts.find((c) => c.id === input.id);
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
        if (!RECORD_ID.test(id) || !(await scan()).contacts.some((c) => c.id === id)) {
          throw new KintsugiError('not-found', 'That contact does not exist.');
        }
        await storage(() => store.deleteRecord(id));
      }),
  };
}
