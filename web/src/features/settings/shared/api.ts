// Settings and the person's own crisis contacts: the bridge's types, shared by the screens and the worker.
import type {
  Contact as ContactRecord,
  Settings as SettingsRecord,
  SettingsRules as CoreSettingsRules,
} from '../../../worker/generated/model';
import type { Saved } from '../../../worker/saved';

/** What the person can set; the rules (defaults, ranges, https only) live in the core. */
export type Settings = Omit<SettingsRecord, 'updatedAt'>;

/** The core's defaults (what a vault without settings uses) and accepted ranges (inclusive); readable while locked. */
export type SettingsRules = Omit<CoreSettingsRules, 'defaults'> & { defaults: Settings };

export interface Contact extends ContactRecord {
  id: string;
}

export interface ContactInput {
  id?: string;
  name: string;
  number: string;
  note: string;
}

export interface SettingsApi {
  settingsRules(): Promise<SettingsRules>;
  /** The saved settings, or the defaults when none were saved. */
  getSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Saved<Settings>>;
  /** By name. */
  listContacts(): Promise<Contact[]>;
  saveContact(input: ContactInput): Promise<Saved<Contact>>;
  deleteContact(id: string): Promise<void>;
}
