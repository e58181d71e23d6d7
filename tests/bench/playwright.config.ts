// `make bench` only (never `make test`): the benchmark page and the built app, each served by
// `vite preview`, in Debian's Chromium (tests/support/chromium.ts; CHROMIUM_PATH overrides).
// BENCH_PORT (default 4176) and BENCH_PORT+1 are the two servers' ports.
import { defineConfig } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../support/chromium';
import { APP_BASE_URL, APP_PORT, BENCH_BASE_URL, BENCH_PORT, BROWSER_MARKER } from './ports';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');
const vite = path.join(repoRoot, 'node_modules', '.bin', 'vite');

export default defineConfig({
  testDir: '.',
  testMatch: ['bench.spec.ts', 'lighthouse.spec.ts'],
  timeout: 15 * 60_000,
  workers: 1,
  retries: 0,
  reporter: 'list',
  outputDir: path.join(repoRoot, 'target', 'bench', 'test-results'),
  use: {
    launchOptions: {
      executablePath: CHROMIUM_EXECUTABLE,
      // The marker lets the spec find this browser's processes to sample their memory.
      args: [...CHROMIUM_ARGS, BROWSER_MARKER],
    },
  },
  webServer: [
    {
      command: `"${vite}" preview -c "${path.join(here, 'vite.config.ts')}" --host 127.0.0.1 --port ${BENCH_PORT} --strictPort`,
      url: BENCH_BASE_URL,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `"${vite}" preview --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      cwd: path.join(repoRoot, 'web'),
      url: APP_BASE_URL,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
