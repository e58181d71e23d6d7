// English strings. Keys are stable ids; `{name}` marks a parameter. Plural forms use
// `.one` / `.other` suffixes (Intl.PluralRules categories), looked up by `tn()`.
export const en = {
  'app.name': 'Kintsugi',
  'app.loading': 'Opening…',
  'app.fatal.title': 'Something went wrong',
  'app.fatal.body': 'The app could not start. Nothing has been changed. Close the app and open it again.',
  'app.lock': 'Lock',

  'create.title': 'Create your vault',
  'create.intro': 'Everything you write here is encrypted on this device with a passphrase only you know. Nothing is sent anywhere.',
  'create.passphrase': 'Passphrase',
  'create.repeat': 'Repeat passphrase',
  'create.minLength': 'Use at least {min} characters. A few unrelated words are easy to remember and hard to guess.',
  'create.warning': 'Keep your passphrase safe. If you lose it, your entries cannot be recovered: nobody, including us, can open them without it.',
  'create.submit': 'Create vault',
  'create.busy': 'Creating your vault…',
  'create.busyLabel': 'Creating your vault',
  'create.error.tooShort': 'The passphrase needs at least {min} characters.',
  'create.error.mismatch': 'The two passphrases do not match.',

  'strength.tooShort': 'Too short: keep going (at least {min} characters).',
  'strength.1': 'Weak: easy to guess. Add more words.',
  'strength.2': 'Fair: add another word or two.',
  'strength.3': 'Good.',
  'strength.4': 'Strong.',

  'unlock.title': 'Unlock',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.busy': 'Unlocking…',
  'unlock.busyLabel': 'Unlocking',
  'unlock.error.wrong': 'That passphrase is not right. Nothing has changed; try again.',

  'journal.title': 'Journal',
  'journal.new': 'New entry',
  'journal.listLabel': 'Entries',
  'journal.empty': 'No entries yet. Tap “New entry” to write your first one.',
  'journal.loading': 'Opening your entries…',
  'journal.unreadable.one': '{count} entry could not be opened (it may be damaged). It has been kept as it is.',
  'journal.unreadable.other': '{count} entries could not be opened (they may be damaged). They have been kept as they are.',
  'journal.edited': 'edited {date}',
  'journal.edit': 'Edit entry from {date}',
  'journal.delete': 'Delete entry from {date}',
  'journal.editShort': 'Edit',
  'journal.deleteShort': 'Delete',
  'journal.confirmDelete': 'Delete this entry? This cannot be undone.',
  'journal.confirmYes': 'Yes, delete',
  'journal.confirmNo': 'Keep it',
  'journal.deleted': 'Entry deleted.',
  'journal.saved': 'Entry saved.',

  'editor.newTitle': 'New entry',
  'editor.editTitle': 'Edit entry',
  'editor.label': 'Entry',
  'editor.save': 'Save',
  'editor.cancel': 'Cancel',
  'editor.error.empty': 'Write something before saving.',
  'editor.error.tooLong': 'An entry can hold at most {max} characters.',

  'error.locked': 'The vault was locked. Unlock it to continue.',
  'error.storage': 'The device storage could not be used. Check that the browser allows this site to store data, and that there is free space.',
  'error.corrupt': 'This entry could not be opened (it may be damaged).',
  'error.notFound': 'That entry no longer exists.',
  'error.unsupported': 'This vault was made by a newer version of the app. Update the app to open it.',
  'error.internal': 'Something went wrong. Your data has not been changed.',

  'sw.offlineReady': 'Ready to work offline',
  'sw.updateAvailable': 'Update available',
  'sw.update': 'Update',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<string, string>>;
