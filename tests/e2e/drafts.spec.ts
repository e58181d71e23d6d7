// Nothing typed is lost by auto-lock, quick exit or a closed tab: each editor keeps what the
// person is typing as a sealed draft record, offers it back after unlock ("Carry on" restores it
// word for word), and drops it when the real record is saved or the person chooses "Discard".
// The draft is in the vault only as ciphertext.
import { expect, test, type Page } from '@playwright/test';
import {
  createVault,
  dumpAllStorage,
  dumpStrings,
  entryItem,
  expectJournal,
  findLeaks,
  heading,
  lockButton,
  openApp,
  unlock,
  type StorageDump,
} from './helpers';
import { PASSPHRASE } from './markers';
import { openPlan } from './plan-helpers';
import { DEFAULT_EXIT_URL, fakeSite, goTo, quickExitButton, saveSettings } from './safety-helpers';

// Several lines, surrounding spaces and non-ASCII: restored exactly as typed, never tidied.
const JOURNAL_DRAFT = '  MARKER-draft-journal-3c9a — he took my keys again;\nI left at 21:40 ☂  ';
const PLAN_DRAFT = 'MARKER-draft-plan-7e1d — his voice goes quiet before';
const WARNING_SIGNS = 'My warning signs';

function offer(page: Page) {
  return page.getByRole('alertdialog').filter({ hasText: 'You were writing something on' });
}

function entryField(page: Page) {
  return page.getByLabel('Entry', { exact: true });
}

/** The records stored, but the vault's manifest (its sealed list of the others). */
function recordCount(dump: StorageDump): number {
  const store = dump.databases.find((d) => d.name === 'kintsugi')?.stores.find((s) => s.name === 'records');
  return (store?.records.length ?? 1) - 1;
}

/** A new vault whose auto-lock is one idle minute, on a clock the test moves. */
async function newVaultLockingAfterAMinute(page: Page): Promise<void> {
  await page.clock.install();
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await goTo(page, 'Settings');
  await saveSettings(page, { minutes: '1' });
}

async function startEntry(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await entryField(page).fill(text);
}

/** After unlock: the journal offers the draft, focused; "Carry on" restores it exactly. */
async function carryOnWithJournalDraft(page: Page): Promise<void> {
  await expect(offer(page)).toBeVisible();
  await expect(offer(page)).toBeFocused();
  await offer(page).getByRole('button', { name: 'Carry on', exact: true }).click();
  await expect(entryField(page)).toHaveValue(JOURNAL_DRAFT);
}

async function expectSealedOnly(page: Page, secret: string, records: number): Promise<void> {
  const dump = await dumpAllStorage(page);
  expect(recordCount(dump), 'the draft is a record in the vault').toBe(records);
  expect(findLeaks(dumpStrings(dump), [secret.trim(), 'MARKER-draft'])).toEqual([]);
}

test('a journal draft outlives auto-lock, comes back word for word, and goes once saved', async ({ page }) => {
  await newVaultLockingAfterAMinute(page);
  await goTo(page, 'Journal');

  await startEntry(page, JOURNAL_DRAFT);
  // No pause for the debounce: the lock itself seals what is on screen first.
  await page.clock.fastForward('01:05');
  await unlock(page, PASSPHRASE);
  await expectSealedOnly(page, JOURNAL_DRAFT, 2); // the settings and the draft
  await carryOnWithJournalDraft(page);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(entryItem(page, 'MARKER-draft-journal-3c9a')).toHaveCount(1);
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(page, PASSPHRASE);
  await expect(entryItem(page, 'MARKER-draft-journal-3c9a')).toHaveCount(1);
  await expect(offer(page)).toHaveCount(0);
  expect(recordCount(await dumpAllStorage(page)), 'the settings and the entry: the draft is gone').toBe(2);
});

test('a safety-plan draft outlives auto-lock and is offered when the plan opens', async ({ page }) => {
  await newVaultLockingAfterAMinute(page);
  await openPlan(page);
  await page.locator('summary', { hasText: 'When things get too much' }).click();
  await page.getByRole('button', { name: `Add to “${WARNING_SIGNS}”`, exact: true }).click();
  await page.getByLabel(`${WARNING_SIGNS}, item 1`, { exact: true }).fill(PLAN_DRAFT);
  await page.clock.fastForward('01:05');

  await unlock(page, PASSPHRASE);
  await expect(offer(page), 'the journal offers only journal drafts').toHaveCount(0);
  await expectSealedOnly(page, PLAN_DRAFT, 2);
  await openPlan(page);
  await expect(offer(page)).toBeFocused();
  await offer(page).getByRole('button', { name: 'Carry on', exact: true }).click();
  await page.locator('summary', { hasText: 'When things get too much' }).click();
  await expect(page.getByLabel(`${WARNING_SIGNS}, item 1`, { exact: true })).toHaveValue(PLAN_DRAFT);
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet.' })).toBeVisible();

  await page.getByRole('button', { name: 'Save plan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Only you can open it.' })).toBeVisible();
  await goTo(page, 'Journal');
  await openPlan(page);
  await expect(offer(page)).toHaveCount(0);
  await expect(page.getByLabel(`${WARNING_SIGNS}, item 1`, { exact: true })).toHaveValue(PLAN_DRAFT);
});

test('quick exit keeps the draft, and stays one tap', async ({ page }) => {
  await fakeSite(page, DEFAULT_EXIT_URL, 'Neutral default');
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await startEntry(page, JOURNAL_DRAFT);
  // No pause for the debounce: quick exit posts the draft before it asks the worker to lock.
  await quickExitButton(page).click();
  await page.waitForURL(DEFAULT_EXIT_URL);

  await openApp(page);
  await unlock(page, PASSPHRASE);
  await carryOnWithJournalDraft(page);
});

test('a closed tab keeps the draft; Discard removes it', async ({ page, context }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await startEntry(page, JOURNAL_DRAFT);
  await page.waitForTimeout(1200);
  await page.close();

  const again = await context.newPage();
  await openApp(again);
  await unlock(again, PASSPHRASE);
  await expectSealedOnly(again, JOURNAL_DRAFT, 1);
  await expect(offer(again)).toBeFocused();
  await offer(again).getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(offer(again)).toHaveCount(0);
  await expect(again.getByRole('button', { name: 'New entry', exact: true })).toBeFocused();

  await again.reload();
  await unlock(again, PASSPHRASE);
  await expectJournal(again);
  await expect(offer(again)).toHaveCount(0);
  expect(recordCount(await dumpAllStorage(again))).toBe(0);
  await again.getByRole('button', { name: 'New entry', exact: true }).click();
  await expect(entryField(again)).toHaveValue('');
});

test('the contact plan, the diary day and the incident editor keep their drafts through a lock', async ({ page }) => {
  const typed = {
    contactPlan: 'MARKER-draft-contact-plan-51b0 — you read my messages',
    diary: 'MARKER-draft-diary-note-a4e2 — slept badly',
    incident: 'MARKER-draft-incident-0d7f — threw my phone',
  };
  const fields = {
    contactPlan: 'Describe: the facts, without judging',
    diary: 'Note (optional)',
    incident: 'What did they do and say?',
  } as const;
  const open = {
    contactPlan: async () => {
      await page.getByRole('button', { name: 'Plan for contact', exact: true }).click();
      await expect(heading(page, 'Plan for contact')).toBeVisible();
    },
    diary: async () => {
      await page.getByRole('button', { name: 'Diary card', exact: true }).click();
      await expect(page.getByLabel(fields.diary, { exact: true })).toBeVisible();
    },
    incident: async () => {
      await goTo(page, 'Help now');
      await page.getByRole('button', { name: 'Incident log: write down what happened', exact: true }).click();
      await page.getByRole('button', { name: 'Add an incident', exact: true }).click();
      await expect(heading(page, 'A new incident')).toBeVisible();
    },
  };
  await openApp(page);
  await createVault(page, PASSPHRASE);
  for (const editor of ['contactPlan', 'diary', 'incident'] as const) {
    await open[editor]();
    await page.getByLabel(fields[editor], { exact: true }).fill(typed[editor]);
    await lockButton(page).click();
    await unlock(page, PASSPHRASE);
    await open[editor]();
    await expect(offer(page), editor).toBeFocused();
    await offer(page).getByRole('button', { name: 'Carry on', exact: true }).click();
    await expect(page.getByLabel(fields[editor], { exact: true })).toHaveValue(typed[editor]);
    await goTo(page, 'Journal');
  }
  expect(findLeaks(dumpStrings(await dumpAllStorage(page)), Object.values(typed))).toEqual([]);
});
