// Helpers for the safety-plan specs. The titles are the plan's as a
// person reads them; every value written is a MARKER so storage and files can be searched.
import { expect, type Locator, type Page } from '@playwright/test';
import { heading } from './helpers';
import { goTo } from './safety-helpers';

type Kind = 'text' | 'people';

/** Group (as the collapsible's summary reads), section title, kind, and the id used in markers. */
export const PLAN_SECTIONS: readonly (readonly [string, string, Kind, string])[] = [
  ['When things get too much', 'My warning signs', 'text', 'warningSigns'],
  ['When things get too much', 'Things I can do on my own', 'text', 'copingAlone'],
  ['When things get too much', 'People and places that take my mind off things', 'text', 'distractions'],
  ['When things get too much', 'People I can ask for help', 'people', 'helpers'],
  ['When things get too much', 'Professionals and services', 'people', 'professionals'],
  ['When things get too much', 'Making my surroundings safer', 'text', 'safeSurroundings'],
  ['When things get too much', 'My reasons for living', 'text', 'reasonsForLiving'],
  ['If I am being hurt: during an incident', 'Safer rooms', 'text', 'saferRooms'],
  ['If I am being hurt: during an incident', 'How I can get out', 'text', 'escapeRoute'],
  ['If I am being hurt: during an incident', 'Keys, phone and go-bag', 'text', 'keysPhoneBag'],
  ['If I am being hurt: during an incident', 'Code words', 'text', 'codeWords'],
  ['If I am being hurt: during an incident', 'Neighbours who can call for help', 'text', 'neighbours'],
  ['If I am being hurt: during an incident', 'Places I can go', 'text', 'placesToGo'],
  ['If I am getting ready to leave', 'Money', 'text', 'money'],
  ['If I am getting ready to leave', 'Documents', 'text', 'documents'],
  ['If I am getting ready to leave', 'Who can lend me money or give me a place to stay', 'text', 'lendOrHouse'],
  ['If I am getting ready to leave', 'When I will look at this plan again', 'text', 'reviewPlan'],
  ['After I have left', 'Home security', 'text', 'homeSecurity'],
  ['After I have left', 'Protection order', 'text', 'protectionOrder'],
  ['After I have left', 'Work and public places', 'text', 'workAndPublic'],
];

export const PLAN_GROUPS = [...new Set(PLAN_SECTIONS.map(([g]) => g)), 'Documents and go-bag', 'Phone and online safety'];

export const markerFor = (id: string) => `MARKER-plan-${id}-${id.length}f9`;
export const PERSON_CONTACT = (id: string) => `MARKER-reach-${id}-c2`;
export const PASSPORT_WHERE = 'MARKER-plan-where-passports-blue-folder';
export const OWN_ITEM = 'MARKER-plan-own-grandmas-ring';
export const TECH_REMINDER = 'Check location sharing in your phone, apps and photos.';

/** From the journal: "Help now", then "My safety plan". */
export async function openPlan(page: Page): Promise<void> {
  await goTo(page, 'Help now');
  await page.getByRole('button', { name: 'My safety plan', exact: true }).click();
  await expect(heading(page, 'My safety plan')).toBeVisible();
  await expect(page.getByText('Opening your plan…')).toBeHidden();
}

function group(page: Page, title: string): Locator {
  return page.locator('details.plan-group').filter({ has: page.locator('summary', { hasText: title }) });
}

export async function openAllGroups(page: Page): Promise<void> {
  for (const title of PLAN_GROUPS) {
    const g = group(page, title);
    if ((await g.getAttribute('open')) === null) await g.locator('summary').click();
    await expect(g).toHaveAttribute('open', '');
  }
}

function checklistRow(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/** Writes one item in every section, checklist statuses, an own item and a reminder; saves. */
export async function fillWholePlan(page: Page): Promise<void> {
  await openAllGroups(page);
  for (const [, title, kind, id] of PLAN_SECTIONS) {
    await page.getByRole('button', { name: `Add to “${title}”`, exact: true }).click();
    if (kind === 'text') {
      const input = page.getByLabel(`${title}, item 1`, { exact: true });
      await expect(input).toBeFocused();
      // Surrounding spaces are the core's to trim.
      await input.fill(`  ${markerFor(id)}  `);
    } else {
      const person = page.getByRole('group', { name: `${title}, person 1`, exact: true });
      await person.getByLabel('Name', { exact: true }).fill(markerFor(id));
      await person.getByLabel('How to reach them', { exact: true }).fill(PERSON_CONTACT(id));
    }
  }
  const passports = checklistRow(page, 'Passports and immigration papers');
  await passports.getByLabel('I have it', { exact: true }).check();
  await passports.getByLabel('Photographed', { exact: true }).check();
  await passports.getByLabel('Where is it?', { exact: true }).fill(PASSPORT_WHERE);
  await checklistRow(page, 'Keys (house, car, work)').getByLabel('Kept with someone', { exact: true }).check();
  await page.getByRole('button', { name: 'Add something else', exact: true }).click();
  const own = checklistRow(page, 'My own item 1');
  await own.getByLabel('Something else to take', { exact: true }).fill(OWN_ITEM);
  await own.getByLabel('Copied', { exact: true }).check();
  await page.getByLabel(TECH_REMINDER, { exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: 'Not saved yet.' })).toBeVisible();
  await savePlan(page);
}

export async function savePlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save plan', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved. Only you can open it.' })).toBeVisible();
}

/** Everything fillWholePlan wrote is on screen again (trimmed). */
export async function expectWholePlan(page: Page): Promise<void> {
  await openAllGroups(page);
  for (const [, title, kind, id] of PLAN_SECTIONS) {
    if (kind === 'text') {
      await expect(page.getByLabel(`${title}, item 1`, { exact: true })).toHaveValue(markerFor(id));
    } else {
      const person = page.getByRole('group', { name: `${title}, person 1`, exact: true });
      await expect(person.getByLabel('Name', { exact: true })).toHaveValue(markerFor(id));
      await expect(person.getByLabel('How to reach them', { exact: true })).toHaveValue(PERSON_CONTACT(id));
    }
  }
  const passports = checklistRow(page, 'Passports and immigration papers');
  await expect(passports.getByLabel('I have it', { exact: true })).toBeChecked();
  await expect(passports.getByLabel('Copied', { exact: true })).not.toBeChecked();
  await expect(passports.getByLabel('Photographed', { exact: true })).toBeChecked();
  await expect(passports.getByLabel('Where is it?', { exact: true })).toHaveValue(PASSPORT_WHERE);
  await expect(checklistRow(page, 'Keys (house, car, work)').getByLabel('Kept with someone', { exact: true })).toBeChecked();
  const own = checklistRow(page, 'My own item 1');
  await expect(own.getByLabel('Something else to take', { exact: true })).toHaveValue(OWN_ITEM);
  await expect(own.getByLabel('Copied', { exact: true })).toBeChecked();
  await expect(page.getByLabel(TECH_REMINDER, { exact: true })).toBeChecked();
  await expect(page.getByLabel('Check shared cloud, email and shopping accounts your partner can see.', { exact: true })).not.toBeChecked();
}

/** Every marker the plan holds, for storage and file searches. */
export function planMarkers(): string[] {
  return [
    ...PLAN_SECTIONS.map(([, , , id]) => markerFor(id)),
    ...PLAN_SECTIONS.filter(([, , k]) => k === 'people').map(([, , , id]) => PERSON_CONTACT(id)),
    PASSPORT_WHERE,
    OWN_ITEM,
  ];
}
