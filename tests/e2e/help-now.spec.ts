// Issue 4, part 3: crisis lines are one tap (tel:/sms:), reachable while locked, by region
// (from the browser language, or chosen); the emergency number is on the first screen, before
// the plan, the walk-away check and the incident log; the person's own contacts are encrypted,
// shown below the public list when unlocked and never while locked.
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
    await expect(page.getByText('Source: samaritans.org (Samaritans)')).toBeVisible();

    // A manual choice: the United States, with the hotline's text keyword in the sms: link.
    await page.getByLabel('Region', { exact: true }).selectOption('us');
    await expect(page.getByRole('link', { name: 'Call 988, 988 Suicide & Crisis Lifeline' })).toHaveAttribute('href', 'tel:988');
    await expect(page.getByRole('link', { name: 'Text 988, 988 Suicide & Crisis Lifeline (text)' })).toHaveAttribute('href', 'sms:988');
    await expect(
      page.getByRole('link', { name: 'Text START to 88788, National Domestic Violence Hotline (text)' }),
    ).toHaveAttribute('href', 'sms:88788?body=START');
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
  await expect(mine.getByRole('link', { name: `Text ${CONTACT_NUMBER}, ${CONTACT_NAME}` })).toHaveAttribute(
    'href',
    'sms:+447700900461',
  );
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
