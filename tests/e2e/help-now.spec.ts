// Crisis lines are one tap (tel:/sms:, chat in a new tab), reachable while locked, by region
// (from the browser language, or chosen), each with its source and check date; a browser
// language naming no listed region gets the chooser and no country's emergency number. The
// emergency number is on the first screen, before the plan, the walk-away check and the
// incident log; the person's own contacts are encrypted, shown below the public list when
// unlocked and never while locked.
import { expect, test, type Page } from '@playwright/test';
import { createVault, expectUnlockScreen, heading, lock, openApp, unlock } from './helpers';
import { PASSPHRASE } from './markers';
import { goTo, pageTextAndFields } from './safety-helpers';

const CONTACT_NAME = 'MARKER-contact-name-6d1f Aunt Rosa';
const CONTACT_NUMBER = '+44 7700 900461';
const CONTACT_NOTE = 'MARKER-contact-note-a93c code word: blue umbrella';
const CONTACT_EDITED = 'MARKER-contact-edited-2c8b Rosa (aunt)';

function publicLines(page: Page) {
  return page.getByRole('region', { name: /^Crisis lines in / });
}

async function openHelpWhileLocked(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Help now', exact: true }).click();
  await expect(heading(page, 'Help now')).toBeVisible();
  await expect(heading(page, 'Help now')).toBeFocused();
}

test.describe('with a British browser language', () => {
  test.use({ locale: 'en-GB' });

  test('crisis lines are reachable while locked, by region, as tel: and sms: links', async ({ page }) => {
    await openApp(page);
    await openHelpWhileLocked(page); // before any vault exists
    await expect(page.getByLabel('Region', { exact: true })).toHaveValue('uk');
    const uk = publicLines(page);
    await expect(uk.getByRole('heading', { name: 'Crisis lines in United Kingdom' })).toBeVisible();
    await expect(uk.getByRole('link', { name: 'Call 999, Emergency' })).toHaveAttribute('href', 'tel:999');
    await expect(uk.getByRole('link', { name: 'Call 0808 2000 247, National Domestic Abuse Helpline' })).toHaveAttribute(
      'href',
      'tel:08082000247',
    );
    await expect(uk.getByRole('link', { name: 'Call 116 123, Samaritans' })).toHaveAttribute('href', 'tel:116123');
    for (const href of await uk.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^(tel|sms):\+?\d+/);
    }
    await expect(uk.getByText('Source: Samaritans, https://www.samaritans.org/how-we-can-help/contact-samaritan/')).toBeVisible();
    await expect(uk.getByText(/^Checked /).first()).toBeVisible();
    // The Silent Solution beside the emergency number; the nations' own lines under their names.
    await expect(uk.getByText(/call 999 and listen.*press 55/)).toBeVisible();
    const domestic = uk.getByRole('region', { name: 'Domestic abuse' });
    await expect(domestic.getByRole('heading', { name: 'Scotland', level: 4 })).toBeVisible();
    await expect(domestic.getByRole('link', { name: 'Call 0808 80 10 800, Live Fear Free Helpline' })).toHaveAttribute(
      'href',
      'tel:08088010800',
    );
    const men = uk.getByRole('region', { name: 'Men', exact: true });
    await expect(men.getByRole('link', { name: 'Call 0808 801 0327, Men’s Advice Line' })).toHaveAttribute('href', 'tel:08088010327');

    // A manual choice: the United States, with the hotline's text keyword in the sms: link.
    await page.getByLabel('Region', { exact: true }).selectOption('us');
    await expect(page.getByRole('link', { name: 'Call 988, 988 Suicide & Crisis Lifeline' })).toHaveAttribute('href', 'tel:988');
    await expect(page.getByRole('link', { name: 'Text 988, 988 Suicide & Crisis Lifeline (text)' })).toHaveAttribute('href', 'sms:988');
    await expect(page.getByRole('link', { name: 'Text START to 88788, National Domestic Violence Hotline (text)' })).toHaveAttribute(
      'href',
      'sms:88788?body=START',
    );
    // Chat opens the service's own page in a new tab, without giving it this page.
    const chat = page.getByRole('link', { name: /^Open chat with National Domestic Violence Hotline \(chat\)/ });
    await expect(chat).toHaveAttribute('href', 'https://www.thehotline.org/');
    await expect(chat).toHaveAttribute('target', '_blank');
    await expect(chat).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByRole('region', { name: 'Your contacts' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await createVault(page, PASSPHRASE);
    await lock(page);
    await openHelpWhileLocked(page); // from the unlock screen
    await expect(publicLines(page).getByRole('link', { name: 'Call 999, Emergency' })).toBeVisible();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectUnlockScreen(page);
  });
});

const EMERGENCY_NUMBERS = ['911', '999', '112', '000', '111', '110', '17'];

async function expectChooserWithoutNumbers(page: Page): Promise<void> {
  await expect(page.getByLabel('Region', { exact: true })).toHaveValue('');
  await expect(page.getByRole('heading', { name: 'Where are you?' })).toBeVisible();
  await expect(page.getByText('call your local emergency number', { exact: false })).toBeVisible();
  await expect(publicLines(page)).toHaveCount(0);
  const shown = await page.locator('main').innerText();
  for (const n of EMERGENCY_NUMBERS) expect(shown, `${n} shown before a region is chosen`).not.toMatch(new RegExp(`\\b${n}\\b`));
  await expect(page.locator('main a[href^="tel:"], main a[href^="sms:"]')).toHaveCount(0);
}

test.describe('with a browser language whose region is not listed (nb-NO)', () => {
  test.use({ locale: 'nb-NO' });

  test('Help now asks where the person is and shows no emergency number until they choose', async ({ page }) => {
    await openApp(page);
    await openHelpWhileLocked(page);
    await expectChooserWithoutNumbers(page);

    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'New Zealand' });
    const nz = publicLines(page);
    await expect(nz.getByRole('heading', { name: 'Crisis lines in New Zealand' })).toBeVisible();
    await expect(nz.getByRole('link', { name: 'Call 111, Emergency' })).toHaveAttribute('href', 'tel:111');
    await expect(nz.getByText(/press 55/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Where are you?' })).toHaveCount(0);

    // Unlocked, with no region saved in Settings: the same question first.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await createVault(page, PASSPHRASE);
    await goTo(page, 'Help now');
    await expectChooserWithoutNumbers(page);
  });
});

test('unlocked, the first screen shows the emergency number, then the plan, the check and the log', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await goTo(page, 'Help now');
  const viewport = page.viewportSize();
  const emergency = publicLines(page).getByRole('link').first();
  await expect(emergency).toHaveAttribute('href', /^tel:/);
  const call = await emergency.boundingBox();
  expect(call && viewport && call.y + call.height <= viewport.height, 'the first call link is on the first screen').toBe(true);
  const below = async (name: string) => (await page.getByRole('button', { name, exact: true }).boundingBox())?.y ?? 0;
  const plan = await below('My safety plan');
  const check = await below('When to walk away: a short check');
  const log = await below('Incident log: write down what happened');
  expect(call && call.y < plan && plan < check && check < log).toBe(true);
});

test('own contacts: encrypted, below the public list, kept across lock, never shown while locked', async ({ page }) => {
  await openApp(page);
  await createVault(page, PASSPHRASE);
  await goTo(page, 'Help now');
  const mine = page.getByRole('region', { name: 'Your contacts' });
  await expect(mine.getByText('No contacts yet.', { exact: false })).toBeVisible();

  // The core refuses a number that cannot be dialled, and says why.
  await mine.getByRole('button', { name: 'Add contact', exact: true }).click();
  await page.getByLabel('Name', { exact: true }).fill(CONTACT_NAME);
  await page.getByLabel('Phone number', { exact: true }).fill('call me');
  await page.getByRole('button', { name: 'Save contact', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('at least 3 digits');
  await page.getByLabel('Phone number', { exact: true }).fill(CONTACT_NUMBER);
  await page.getByLabel('Note (optional)', { exact: true }).fill(CONTACT_NOTE);
  await page.getByRole('button', { name: 'Save contact', exact: true }).click();
  await expect(mine.getByRole('status')).toHaveText('Contact saved.');

  const call = mine.getByRole('link', { name: `Call ${CONTACT_NUMBER}, ${CONTACT_NAME}` });
  await expect(call).toHaveAttribute('href', 'tel:+447700900461');
  await expect(mine.getByRole('link', { name: `Text ${CONTACT_NUMBER}, ${CONTACT_NAME}` })).toHaveAttribute('href', 'sms:+447700900461');
  await expect(mine.getByText(CONTACT_NOTE)).toBeVisible();
  // Below the public list: the emergency number and the lines come first.
  const contactBox = await call.boundingBox();
  const publicBox = await publicLines(page).boundingBox();
  expect(contactBox && publicBox && contactBox.y > publicBox.y + publicBox.height).toBe(true);

  // Locked: only the public list.
  await lock(page);
  await openHelpWhileLocked(page);
  await expect(publicLines(page)).toBeVisible();
  const locked = await pageTextAndFields(page);
  for (const secret of ['MARKER-contact', '900461', '900 461']) {
    expect(locked.includes(secret), `${secret} shown while locked`).toBe(false);
  }
  await page.getByRole('button', { name: 'Back', exact: true }).click();

  // Reload and unlock: still there; edit, then delete.
  await page.reload();
  await unlock(page, PASSPHRASE);
  await goTo(page, 'Help now');
  await expect(mine.getByRole('heading', { name: CONTACT_NAME })).toBeVisible();
  await mine.getByRole('button', { name: `Edit ${CONTACT_NAME}` }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(CONTACT_NAME);
  await page.getByLabel('Name', { exact: true }).fill(CONTACT_EDITED);
  await page.getByRole('button', { name: 'Save contact', exact: true }).click();
  await expect(mine.getByRole('heading', { name: CONTACT_EDITED })).toBeVisible();
  await expect(mine.getByRole('heading', { name: CONTACT_NAME })).toHaveCount(0);
  await lock(page);
  await unlock(page, PASSPHRASE);
  await goTo(page, 'Help now');
  await expect(mine.getByRole('heading', { name: CONTACT_EDITED })).toBeVisible();
  await mine.getByRole('button', { name: `Delete ${CONTACT_EDITED}` }).click();
  await mine.getByRole('button', { name: 'Yes, delete', exact: true }).click();
  await expect(mine.getByRole('status')).toHaveText('Contact deleted.');
  await expect(mine.getByRole('heading', { name: CONTACT_EDITED })).toHaveCount(0);
  // Contacts are not journal entries.
  await goTo(page, 'Journal');
  await expect(page.getByText('No entries yet', { exact: false })).toBeVisible();
});

test('while the app is still loading, Help now is already at the bottom, where it stays', async ({ page }) => {
  // Hold the crypto worker back, so the app stays on "Opening…" until we let it go.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/crypto\.worker[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page);
  await expect(page.getByText('Opening…')).toBeVisible();
  const help = page.getByRole('button', { name: 'Help now', exact: true });
  const viewport = page.viewportSize();
  const whileLoading = await help.boundingBox();
  expect(whileLoading && viewport && whileLoading.y + whileLoading.height, 'the bar sits at the bottom').toBeGreaterThan(
    (viewport?.height ?? 0) - 80,
  );
  release();
  await expect(heading(page, 'Create your vault')).toBeVisible();
  expect((await help.boundingBox())?.y).toBeCloseTo(whileLoading?.y ?? 0, 0);
});
