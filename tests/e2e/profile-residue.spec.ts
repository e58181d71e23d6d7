// Nothing typed reaches the browser profile on disk.
//
// A persistent Chromium profile in its own folder: create a vault, write a distinct marker into
// every kind of field on every screen, save, lock, close the browser (so Chromium flushes its
// autofill table `Web Data`, `Sessions/`, `History` and caches), then read every file of the
// profile and search it for every marker in UTF-8 and UTF-16 LE. IndexedDB's files are searched
// too: they must hold only ciphertext. Positive controls prove the search finds what IS written:
// a localStorage value, and a plain form without autocomplete="off" whose words Chromium keeps.
import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../support/chromium';
import { createVault, heading, lock, unlock } from './helpers';
import { openAllGroups, openPlan, savePlan } from './plan-helpers';
import { goTo } from './safety-helpers';
import { APP_ORIGIN, SUBPATH_BASE_URL } from './urls';

// Each marker carries a token found nowhere else, so LevelDB's compression (which replaces
// repeated runs of bytes) cannot hide it.
const M = {
  passphrase: 'vqpassjx4kd harbour lantern quietly',
  entry: 'vqentrywm7c he said sorry again; café at noon',
  trigger: 'vqtriggerh2n',
  ownEmotion: 'vqfeelingr8z',
  body: 'vqbodyt5p tight chest',
  search: 'vqsearchb3y',
  warningSign: 'vqwarnsignf6u I stop sleeping',
  helperName: 'vqhelperk9e Aunt Maren',
  helperReach: '0219 4471 3385, she has a spare key',
  place: 'vqplacez4q Inside the blue folder at work',
  passportsWhere: 'vqpassportw2m under the sink',
  diaryNote: 'vqdiarynotec7j a long day',
  diaryEmotion: 'vqdiaryfeelq3h',
  contactNote: 'vqcontactlogn5x asked to meet at the station',
  describe: 'vqdescribey8t You called me at work',
  callAfter: 'vqcallafterg6r my sister',
  incidentPlace: 'vqincplaces4v the kitchen',
  incidentWhat: 'vqincwhatd9k he threw my phone',
  incidentFelt: 'vqincfeltm2b scared',
  exitUrl: 'https://vqexitsitep7w.example.org/',
  contactName: 'vqcontactnameu5c Jo',
  contactNumber: '0387 6612 9054',
  trustedNote: 'vqcontactnotea3s calls back fast',
  newPassphrase: 'vqnewpassh8d never submitted',
  openDraft: 'vqopendraftt6b still being typed when the browser closed',
} as const;

// What the controls write: one value the app's origin stores in plaintext on purpose (the test
// writes it), one typed into a plain form that lacks autocomplete="off".
const CONTROL_LOCAL_STORAGE = 'vqcontrolstoragek2f';
const CONTROL_AUTOFILL = 'vqcontrolautofillw4n';

const PROBE_URL = `${APP_ORIGIN}/__probe/plain-form`;

function encodings(text: string): [string, Buffer][] {
  return [
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-16LE', Buffer.from(text, 'utf16le')],
  ];
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** For each needle, the profile files (relative) holding it, with the encoding. */
async function searchProfile(dir: string, needles: readonly string[]): Promise<Map<string, string[]>> {
  const hits = new Map<string, string[]>(needles.map((n) => [n, []]));
  const files = await filesUnder(dir);
  expect(files.length, 'the profile folder holds files').toBeGreaterThan(10);
  for (const file of files) {
    const bytes = await readFile(file);
    for (const needle of needles) {
      for (const [name, pattern] of encodings(needle)) {
        if (bytes.includes(pattern)) hits.get(needle)?.push(`${path.relative(dir, file)} (${name})`);
      }
    }
  }
  return hits;
}

/** Every form control on the screen tells the browser to keep nothing. */
async function expectPrivateFields(page: Page, screen: string): Promise<void> {
  const offenders = await page.evaluate(() => {
    const bad: string[] = [];
    const name = (el: Element) => `${el.tagName.toLowerCase()}#${el.id || '?'}[${el.getAttribute('type') ?? ''}]`;
    for (const el of document.querySelectorAll('input, textarea, select')) {
      if (el.getAttribute('autocomplete') !== 'off') bad.push(`${name(el)} autocomplete`);
      if (el.getAttribute('spellcheck') !== 'false') bad.push(`${name(el)} spellcheck`);
      if (el.getAttribute('autocorrect') !== 'off') bad.push(`${name(el)} autocorrect`);
      const form = (el as HTMLInputElement).form;
      if (form && form.getAttribute('autocomplete') !== 'off') bad.push(`${name(el)}: its form's autocomplete`);
    }
    return { bad, count: document.querySelectorAll('input, textarea, select').length };
  });
  expect(offenders.count, `${screen} has fields`).toBeGreaterThan(0);
  expect(offenders.bad, `fields on ${screen} without the private attributes`).toEqual([]);
}

async function back(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Back', exact: true }).first().click();
}

async function journalEntry(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByLabel('Entry', { exact: true }).fill(M.entry);
  await page.getByLabel('New trigger', { exact: true }).fill(M.trigger);
  await page.getByRole('button', { name: 'Add trigger', exact: true }).click();
  await page.getByLabel('A feeling of your own', { exact: true }).fill(M.ownEmotion);
  await page.getByRole('button', { name: 'Add feeling', exact: true }).click();
  await page.getByLabel('What did your body feel? (optional)', { exact: true }).fill(M.body);
  await expectPrivateFields(page, 'the entry editor');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Entries', exact: true }).getByText(M.entry)).toBeVisible();
  await page.getByLabel('Search entries', { exact: true }).fill(M.search);
  await page.getByLabel('Search entries', { exact: true }).press('Enter');
  await expectPrivateFields(page, 'the journal');
  await page.getByLabel('Search entries', { exact: true }).fill('');
}

async function safetyPlan(page: Page): Promise<void> {
  await openPlan(page);
  await openAllGroups(page);
  await page.getByRole('button', { name: 'Add to “My warning signs”', exact: true }).click();
  await page.getByLabel('My warning signs, item 1', { exact: true }).fill(M.warningSign);
  await page.getByRole('button', { name: 'Add to “People I can ask for help”', exact: true }).click();
  const person = page.getByRole('group', { name: 'People I can ask for help, person 1', exact: true });
  await person.getByLabel('Name', { exact: true }).fill(M.helperName);
  await person.getByLabel('How to reach them', { exact: true }).fill(M.helperReach);
  await page.getByRole('button', { name: 'Add to “Places I can go”', exact: true }).click();
  await page.getByLabel('Places I can go, item 1', { exact: true }).fill(M.place);
  const passports = page.getByRole('group', { name: 'Passports and immigration papers', exact: true });
  await passports.getByLabel('I have it', { exact: true }).check();
  await passports.getByLabel('Where is it?', { exact: true }).fill(M.passportsWhere);
  await expectPrivateFields(page, 'the safety plan');
  await savePlan(page);
}

async function walkAway(page: Page): Promise<void> {
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'When to walk away: a short check', exact: true }).click();
  await page.getByRole('checkbox').first().check();
  await expectPrivateFields(page, 'the walk-away check');
  await page.getByRole('button', { name: 'See what my answers suggest', exact: true }).click();
  await page.getByRole('button', { name: 'Save my answers', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your answers are saved, encrypted.' })).toBeVisible();
}

async function diaryCard(page: Page): Promise<void> {
  await expect(heading(page, 'Journal')).toBeVisible();
  await page.getByRole('button', { name: 'Diary card', exact: true }).click();
  await expect(heading(page, 'Diary card')).toBeVisible();
  await page.getByLabel('Your own emotion', { exact: true }).fill(M.diaryEmotion);
  await page.getByRole('button', { name: 'Add: Your own emotion', exact: true }).click();
  await page.getByLabel('Note (optional)', { exact: true }).fill(M.diaryNote);
  await expectPrivateFields(page, 'the diary card');
  await page.getByRole('button', { name: 'Save this day', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await back(page);
}

async function contactLog(page: Page): Promise<void> {
  await expect(heading(page, 'Journal')).toBeVisible();
  await page.getByRole('button', { name: 'Contact log', exact: true }).click();
  await page.getByRole('button', { name: 'Log a contact', exact: true }).click();
  await page.getByLabel('Note (optional)', { exact: true }).fill(M.contactNote);
  await expectPrivateFields(page, 'the contact log');
  await page.getByRole('button', { name: 'Save contact', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact saved.' })).toBeVisible();
  await back(page);
}

async function boundaryPlan(page: Page): Promise<void> {
  await expect(heading(page, 'Journal')).toBeVisible();
  await page.getByRole('button', { name: 'Plan for contact', exact: true }).click();
  await page.getByLabel('Describe: the facts, without judging', { exact: true }).fill(M.describe);
  await page.getByLabel('Who I can call afterwards', { exact: true }).fill(M.callAfter);
  await expectPrivateFields(page, 'the plan for contact');
  await page.getByRole('button', { name: 'Save plan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Plan saved.' })).toBeVisible();
  await back(page);
}

async function incidentLog(page: Page): Promise<void> {
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'Incident log: write down what happened', exact: true }).click();
  await page.getByRole('button', { name: 'Add an incident', exact: true }).click();
  await page.getByLabel('When did it happen?', { exact: true }).fill('2026-11-20T21:15');
  await page.getByLabel('Where did it happen?', { exact: true }).fill(M.incidentPlace);
  await page.getByLabel('What did they do and say?', { exact: true }).fill(M.incidentWhat);
  await page.getByLabel('How did you feel?', { exact: true }).fill(M.incidentFelt);
  await expectPrivateFields(page, 'the incident editor');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved and sealed into the log.' })).toBeVisible();
}

async function trustedContacts(page: Page): Promise<void> {
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'Add contact', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).fill(M.contactName);
  await page.getByLabel('Phone number', { exact: true }).fill(M.contactNumber);
  await page.getByLabel('Note (optional)', { exact: true }).fill(M.trustedNote);
  await expectPrivateFields(page, 'Help now (contacts)');
  await page.getByRole('button', { name: 'Save contact', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact saved.' })).toBeVisible();
}

async function settings(page: Page): Promise<void> {
  await goTo(page, 'Settings');
  await page.getByLabel('Quick exit goes to').fill(M.exitUrl);
  await page.getByRole('button', { name: 'Save settings', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  // Typed, never submitted: the passphrase change fields are private too.
  await page.getByLabel('Current passphrase', { exact: true }).fill(M.passphrase);
  await page.getByLabel('New passphrase', { exact: true }).fill(M.newPassphrase);
  await expectPrivateFields(page, 'Settings');
}

/** The controls: a plain form (no autocomplete="off") Chromium remembers, and a localStorage value. */
async function controls(context: BrowserContext): Promise<void> {
  await context.route(`${APP_ORIGIN}/__probe/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>probe</title><form action="/__probe/sent" method="get"><label>Word <input name="word"></label><button>Send</button></form>',
    }),
  );
  const probe = await context.newPage();
  await probe.goto(PROBE_URL);
  await probe.getByLabel('Word').fill(CONTROL_AUTOFILL);
  await Promise.all([probe.waitForURL(/__probe\/sent/), probe.getByRole('button', { name: 'Send' }).click()]);
  await probe.goto(SUBPATH_BASE_URL);
  await probe.evaluate((v) => localStorage.setItem('e2e-control', v), CONTROL_LOCAL_STORAGE);
  await probe.close();
}

test('nothing typed on any screen reaches the Chromium profile on disk', async () => {
  test.setTimeout(180_000);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-profile-'));
  try {
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_EXECUTABLE,
      args: [...CHROMIUM_ARGS],
      baseURL: SUBPATH_BASE_URL,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      serviceWorkers: 'allow',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./');
    // Typed while shown as plain text: a text field must not keep it either.
    await page.getByRole('button', { name: 'Show passphrase', exact: true }).click();
    await createVault(page, M.passphrase);
    await journalEntry(page);
    await diaryCard(page);
    await contactLog(page);
    await boundaryPlan(page);
    await safetyPlan(page);
    await walkAway(page);
    await incidentLog(page);
    await trustedContacts(page);
    await settings(page);
    await goTo(page, 'Journal');
    await lock(page);
    await expectPrivateFields(page, 'the unlock screen');
    // A second tab left open with an unsaved draft when the browser closes: its form state is
    // what Chromium would keep in Sessions/ for tab restore.
    const other = await context.newPage();
    await other.goto('./');
    await unlock(other, M.passphrase);
    await other.getByRole('button', { name: 'New entry', exact: true }).click();
    await other.getByLabel('Entry', { exact: true }).fill(M.openDraft);
    await controls(context);
    await context.close();

    const markers = Object.values(M);
    const hits = await searchProfile(dir, [...markers, CONTROL_LOCAL_STORAGE, CONTROL_AUTOFILL]);
    expect(
      hits.get(CONTROL_LOCAL_STORAGE)?.some((f) => f.startsWith('Default/Local Storage/')),
      'control: localStorage found',
    ).toBe(true);
    expect(
      hits.get(CONTROL_AUTOFILL)?.some((f) => f.startsWith('Default/Web Data')),
      'control: plain form kept in Web Data',
    ).toBe(true);
    const leaks = Object.fromEntries(markers.map((m) => [m, hits.get(m) ?? []]).filter(([, files]) => files.length > 0));
    expect(leaks, 'markers found in the profile on disk').toEqual({});
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
