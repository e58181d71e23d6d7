// Every screen of the app, each with the steps that open it, for the specs that check all of
// them (layout.spec.ts). Locked screens first, then the unlocked ones, each opened from the
// journal; the unlock screen last (after Lock).
import { expect, type Page } from '@playwright/test';
import { addEntry, createVault, expectJournal, heading, lock, openApp } from './helpers';
import { ENTRY_ONE, PASSPHRASE } from './markers';
import { navButton } from './safety-helpers';

export interface Screen {
  name: string;
  /** The h1 that shows the screen is open. */
  title: string;
  /** Opens the screen from the journal (unlocked) or from the previous locked screen. */
  open: (page: Page) => Promise<void>;
  /** Leaves the screen where the bottom bar alone would not (an open editor). */
  close?: (page: Page) => Promise<void>;
}

const click = (page: Page, name: string | RegExp) =>
  page
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first()
    .click();

async function fromJournal(page: Page, ...steps: (string | RegExp)[]): Promise<void> {
  await navButton(page, 'Journal').click();
  await expectJournal(page);
  for (const step of steps) await click(page, step);
}

async function calmOption(page: Page, name: RegExp): Promise<void> {
  await fromJournal(page, 'Calm down now');
  await page.getByRole('list', { name: 'Ways to calm down' }).getByRole('button', { name }).click();
}

export const LOCKED_SCREENS: readonly Screen[] = [
  { name: 'create', title: 'Create your vault', open: (page) => openApp(page) },
  { name: 'restore', title: 'Restore a backup', open: (page) => click(page, 'I have a backup') },
  {
    name: 'help-locked',
    title: 'Help now',
    open: async (page) => {
      await click(page, 'Back');
      await navButton(page, 'Help now').click();
    },
  },
];

export const UNLOCKED_SCREENS: readonly Screen[] = [
  { name: 'journal', title: 'Journal', open: (page) => fromJournal(page) },
  { name: 'editor', title: 'Journal', open: (page) => fromJournal(page, 'New entry'), close: (page) => click(page, 'Cancel') },
  { name: 'patterns', title: 'Patterns', open: (page) => fromJournal(page, 'Patterns') },
  { name: 'contact-log', title: 'Contact log', open: (page) => fromJournal(page, 'Contact log') },
  { name: 'contact-form', title: 'Contact log', open: (page) => fromJournal(page, 'Contact log', 'Log a contact') },
  { name: 'diary', title: 'Diary card', open: (page) => fromJournal(page, 'Diary card') },
  { name: 'skills', title: 'Skills', open: (page) => fromJournal(page, 'Skills') },
  { name: 'skill', title: 'TIPP', open: (page) => fromJournal(page, 'Skills', /^TIPP/) },
  { name: 'walk-through', title: 'TIPP', open: (page) => fromJournal(page, 'Skills', /^TIPP/, 'Walk me through it') },
  { name: 'calm', title: 'Calm down now', open: (page) => fromJournal(page, 'Calm down now') },
  { name: 'breathing', title: 'Paced breathing', open: (page) => calmOption(page, /^Breathe slowly/) },
  { name: 'grounding', title: '5-4-3-2-1 grounding', open: (page) => calmOption(page, /^5-4-3-2-1/) },
  { name: 'reflect', title: 'Reflect', open: (page) => fromJournal(page, 'Reflect') },
  { name: 'contact-plan', title: 'Plan for contact', open: (page) => fromJournal(page, 'Plan for contact') },
  { name: 'help', title: 'Help now', open: (page) => navButton(page, 'Help now').click() },
  {
    name: 'plan',
    title: 'My safety plan',
    open: async (page) => {
      await navButton(page, 'Help now').click();
      await click(page, 'My safety plan');
    },
  },
  {
    name: 'walk-away',
    title: 'When to walk away',
    open: async (page) => {
      await navButton(page, 'Help now').click();
      await click(page, 'When to walk away: a short check');
    },
  },
  {
    name: 'incident-log',
    title: 'Incident log',
    open: async (page) => {
      await navButton(page, 'Help now').click();
      await click(page, 'Incident log: write down what happened');
    },
  },
  {
    name: 'incident-editor',
    title: 'A new incident',
    open: async (page) => {
      await navButton(page, 'Help now').click();
      await click(page, 'Incident log: write down what happened');
      await click(page, 'Add an incident');
    },
  },
  { name: 'settings', title: 'Settings', open: (page) => navButton(page, 'Settings').click() },
  {
    name: 'backup',
    title: 'Settings',
    open: async (page) => {
      await navButton(page, 'Settings').click();
      await page.getByRole('heading', { name: 'Backup', exact: true }).scrollIntoViewIfNeeded();
    },
  },
];

/**
 * Opens every screen in turn and calls `check` on each (after its h1 shows): the locked ones,
 * a new vault with one entry, every unlocked screen, then the unlock screen.
 */
export async function walkEveryScreen(page: Page, check: (screen: Screen) => Promise<void>): Promise<void> {
  const visit = async (screen: Screen) => {
    await screen.open(page);
    await expect(heading(page, screen.title), `${screen.name} is open`).toBeVisible();
    await check(screen);
    await screen.close?.(page);
  };
  for (const screen of LOCKED_SCREENS) await visit(screen);
  await click(page, 'Back');
  await createVault(page, PASSPHRASE);
  await addEntry(page, ENTRY_ONE);
  for (const screen of UNLOCKED_SCREENS) await visit(screen);
  await navButton(page, 'Journal').click();
  await lock(page);
  await visit({ name: 'unlock', title: 'Unlock', open: async () => undefined });
}
