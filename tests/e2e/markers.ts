// Distinctive strings: if one of them shows up where it must not, the test names it.
// Entry texts mix in non-ASCII so that UTF-8, UTF-16 and raw forms differ.
export const PASSPHRASE = 'MARKER-passphrase-7f3a harbour lantern quietly';
export const WRONG_PASSPHRASE = 'MARKER-wrong-passphrase-0b9e harbour lantern';
export const ENTRY_ONE = 'MARKER-entry-one-91c2 — he said sorry again; café at noon ☕';
export const ENTRY_TWO = 'MARKER-entry-two-4be0 — a calm day, walked by the river';
export const ENTRY_THREE = 'MARKER-entry-three-c7d5 — wrote the go-bag list: Ausweis, Schlüssel';
export const ENTRY_ONE_EDITED = 'MARKER-entry-edited-5a61 — rewritten: I noticed the pattern';
export const DRAFT = 'MARKER-draft-e83b — unsaved words in the editor';
// The insights and contact-log specs' words: each must never reach storage in plaintext.
export const INSIGHTS_ENTRY = 'MARKER-insights-entry-6d21';
export const INSIGHTS_TRIGGER = 'MARKER-trigger-rent-9e40';
export const CONTACT_NOTE = 'MARKER-contact-note-2b7c — asked to meet at the station';
