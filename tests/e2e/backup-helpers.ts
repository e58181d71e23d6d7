// Helpers for the backup specs: the offline CLI, backup files on disk, the Settings
// backup forms and the storage snapshot that must not change when a restore fails.
import { expect, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARGON_TIMEOUT, dumpAllStorage } from './helpers';
import { goTo } from './safety-helpers';

/** The repository's own build of the CLI, when KINTSUGI_CLI is not set (debug first, as `make cli` builds). */
function builtCli(): string | undefined {
  const root = path.resolve(import.meta.dirname, '..', '..');
  return ['debug', 'release'].map((p) => path.join(root, 'target', p, 'kintsugi')).find((f) => existsSync(f));
}

/** The `kintsugi` CLI binary; the Makefile's test-e2e sets KINTSUGI_CLI after building it. */
export function cliPath(): string {
  const cli = process.env.KINTSUGI_CLI ?? builtCli();
  if (!cli || !existsSync(cli)) {
    throw new Error(
      `The backup specs need the kintsugi CLI. Build it with \`make cli\` and set KINTSUGI_CLI to target/debug/kintsugi (now: ${cli ?? 'unset'}).`,
    );
  }
  return cli;
}

/** A fresh temporary folder for one test. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'kbak-e2e-'));
}

/** Writes `passphrase` to a file for --passphrase-file and returns its path. */
export function passphraseFile(dir: string, passphrase: string): string {
  const file = path.join(dir, `pass-${Math.random().toString(16).slice(2)}.txt`);
  writeFileSync(file, `${passphrase}\n`);
  return file;
}

/** Runs the CLI; returns its exit code and output (never throws on a non-zero exit). */
export function runCli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cliPath(), args, { encoding: 'utf8' });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface JournalItem {
  id: string;
  kind: 'journal';
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** `kintsugi backup create` from journal entries, with cheap KDF settings unless `strong`. */
export function cliBackup(dir: string, entries: JournalItem[], passphrase: string, strong = false): string {
  const from = path.join(dir, `from-${Math.random().toString(16).slice(2)}`);
  mkdirSync(from);
  writeFileSync(path.join(from, 'journal.json'), JSON.stringify(entries));
  const out = path.join(dir, `made-${Math.random().toString(16).slice(2)}.kbak`);
  const kdf = strong ? [] : ['--kdf-memory-kib', '8192', '--kdf-iterations', '1'];
  execFileSync(cliPath(), ['backup', 'create', '--from', from, '--out', out, '--passphrase-file', passphraseFile(dir, passphrase), ...kdf]);
  return out;
}

/** `kintsugi backup decrypt` into a new folder; returns the journal entries it wrote. */
export function cliDecryptJournal(dir: string, file: string, passphrase: string): JournalItem[] {
  const out = path.join(dir, `out-${Math.random().toString(16).slice(2)}`);
  execFileSync(cliPath(), ['backup', 'decrypt', file, '--out', out, '--passphrase-file', passphraseFile(dir, passphrase)]);
  return JSON.parse(readFileSync(path.join(out, 'journal.json'), 'utf8')) as JournalItem[];
}

export function entryId(n: number): string {
  return n.toString(16).padStart(32, '0');
}

/** Makes a backup in Settings with a separate backup passphrase and saves the download to `dir`. */
export async function exportInBrowser(page: Page, dir: string, backupPassphrase: string): Promise<{ file: string; name: string }> {
  await goTo(page, 'Settings');
  await page.getByRole('radio', { name: 'A separate backup passphrase' }).check();
  await page.getByLabel('Backup passphrase', { exact: true }).fill(backupPassphrase);
  await page.getByLabel('Repeat backup passphrase', { exact: true }).fill(backupPassphrase);
  const download = page.waitForEvent('download', { timeout: ARGON_TIMEOUT });
  await page.getByRole('button', { name: 'Make backup', exact: true }).click();
  const saved = await download;
  const file = path.join(dir, saved.suggestedFilename());
  await saved.saveAs(file);
  await expect(page.getByText(/^Your backup is ready: \d+ records?\.$/)).toBeVisible();
  return { file, name: saved.suggestedFilename() };
}

/** Fills the Settings "Restore from a backup" form and submits it (the caller waits for the outcome). */
export async function startMerge(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
  passphrase: string,
): Promise<void> {
  const form = page.getByRole('form', { name: 'Restore from a backup' });
  await form.getByLabel('Backup file', { exact: true }).setInputFiles(file);
  await form.getByLabel('Passphrase of the backup', { exact: true }).fill(passphrase);
  await form.getByRole('button', { name: 'Restore', exact: true }).click();
}

/** The vault's database only (stores, keys and values): what a failed restore must not change. */
export async function vaultSnapshot(page: Page): Promise<string> {
  const dump = await dumpAllStorage(page);
  return JSON.stringify(dump.databases);
}
