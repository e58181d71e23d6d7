import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './support/chromium';
import { APP_PORT, RELEASE_BASE_URL, RELEASE_PORT, ROOT_BASE_URL, ROOT_PORT, SUBPATH_BASE_URL } from './e2e/urls';

// The suite drives Debian's Chromium; it never downloads a browser.
// Override the binary with CHROMIUM_PATH=/path/to/chromium.
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const webDir = path.join(repoRoot, 'web');
const vite = path.join(repoRoot, 'node_modules', '.bin', 'vite');

export default defineConfig({
  testDir: 'e2e',
  // Argon2id at 64 MiB runs at every create/unlock (0.3-1 s each on this 2-core machine);
  // a test does several.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL: SUBPATH_BASE_URL,
    serviceWorkers: 'allow',
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium-phone',
      use: {
        ...devices['Pixel 7'],
        browserName: 'chromium',
        isMobile: true,
        hasTouch: true,
        launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: [...CHROMIUM_ARGS] },
      },
    },
  ],
  webServer: [
    {
      // The built app (web/dist) served from a sub-path.
      command: `"${vite}" preview --host 127.0.0.1 --port ${APP_PORT} --strictPort --base /kintsugi/`,
      cwd: webDir,
      url: SUBPATH_BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The same build served at the root path.
      command: `"${vite}" preview --host 127.0.0.1 --port ${ROOT_PORT} --strictPort`,
      cwd: webDir,
      url: ROOT_BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // update.spec.ts only: the same build, with a switch that publishes a new sw.js.
      command: `node "${path.join(here, 'support', 'release-server.mjs')}" "${path.join(webDir, 'dist')}" ${RELEASE_PORT}`,
      url: RELEASE_BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
