// Pure helpers for the settings and contact records. No globals: unit-tested in Node.
// The core validates every field; these only shape JSON for it and read what it returns.
import type { Contact, ContactInput, Settings, SettingsRules } from './api';
import { openedRecord } from '../../../worker/json';
import type { SettingsRules as CoreSettingsRules } from '../../../worker/generated/model';

/** An opened settings record, with the time that tells two copies apart. */
export interface StoredSettings {
  settings: Settings;
  updatedAt: number;
}

/** Reads the canonical JSON the core returns for a settings record (validated); null for other kinds. */
export function parseSettingsRecord(json: string): StoredSettings | null {
  const record = openedRecord(json, 'settings');
  if (!record) return null;
  const { kind: _kind, updatedAt, ...settings } = record;
  return { settings, updatedAt };
}

/** Reads an opened contact record (validated by the core); null for other kinds. */
export function parseContactRecord(id: string, json: string): Contact | null {
  const record = openedRecord(json, 'contact');
  if (!record) return null;
  const { kind: _kind, ...contact } = record;
  return { id, ...contact };
}

/** Reads the core's settingsRules() JSON (its shape is the generated `SettingsRules`, built with the same core); the
 * defaults lose the record's `updatedAt`, which is not something a person sets. */
export function parseSettingsRules(json: string): SettingsRules {
  const rules = JSON.parse(json) as CoreSettingsRules;
  const { updatedAt: _updatedAt, ...defaults } = rules.defaults;
  return { ...rules, defaults };
}

export function settingsRecordJson(settings: Settings, updatedAt: number): string {
  const { autoLockMinutes, hiddenGraceSeconds, quickExitUrl, crisisRegion, secondSlotKey } = settings;
  // Written only when set, as the core writes it.
  const second = secondSlotKey ? { secondSlotKey } : {};
  return JSON.stringify({ kind: 'settings', autoLockMinutes, hiddenGraceSeconds, quickExitUrl, crisisRegion, updatedAt, ...second });
}

export function contactRecordJson(input: ContactInput, createdAt: number, updatedAt: number): string {
  return JSON.stringify({ kind: 'contact', name: input.name, number: input.number, note: input.note, createdAt, updatedAt });
}

/** The newest of several settings (or plan) copies (e.g. after records from two devices were merged). */
export function newestSettings<T extends { updatedAt: number }>(found: readonly T[]): T | undefined {
  return found.reduce<T | undefined>((best, s) => (!best || s.updatedAt > best.updatedAt ? s : best), undefined);
}

/** Contacts by name (case-insensitive), then by creation. */
export function sortContacts(contacts: readonly Contact[]): Contact[] {
  return [...contacts].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.createdAt - b.createdAt);
}
