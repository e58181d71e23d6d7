// Pure helpers for the settings and contact records. No globals: unit-tested in Node.
// The core validates every field; these only shape JSON for it and read what it returns.
import type { Contact, ContactInput, Settings, SettingsRules } from './api';
import { jsonObject as object, openedRecord } from '../../../worker/json';

/** An opened settings record, with the time that tells two copies apart. */
export interface StoredSettings {
  settings: Settings;
  updatedAt: number;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function settingsFrom(o: Record<string, unknown>): Settings | null {
  const { autoLockMinutes, hiddenGraceSeconds, quickExitUrl, crisisRegion } = o;
  if (!isCount(autoLockMinutes) || !isCount(hiddenGraceSeconds)) return null;
  if (typeof quickExitUrl !== 'string' || typeof crisisRegion !== 'string') return null;
  return { autoLockMinutes, hiddenGraceSeconds, quickExitUrl, crisisRegion };
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

/** Reads the core's settingsRules() JSON. Throws if it is not the expected shape (a build mismatch). */
export function parseSettingsRules(json: string): SettingsRules {
  const o = object(json);
  const defaults = o && typeof o.defaults === 'object' && o.defaults !== null ? settingsFrom(o.defaults as Record<string, unknown>) : null;
  const range = (v: unknown): [number, number] | null =>
    Array.isArray(v) && v.length === 2 && isCount(v[0]) && isCount(v[1]) ? [v[0], v[1]] : null;
  const minutes = range(o?.autoLockMinutes);
  const grace = range(o?.hiddenGraceSeconds);
  if (!defaults || !minutes || !grace) throw new Error('settingsRules: unexpected shape');
  return { defaults, autoLockMinutes: minutes, hiddenGraceSeconds: grace };
}

export function settingsRecordJson(settings: Settings, updatedAt: number): string {
  const { autoLockMinutes, hiddenGraceSeconds, quickExitUrl, crisisRegion } = settings;
  return JSON.stringify({ kind: 'settings', autoLockMinutes, hiddenGraceSeconds, quickExitUrl, crisisRegion, updatedAt });
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
