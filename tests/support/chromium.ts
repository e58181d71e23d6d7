// How every Playwright run here (the end-to-end suite and `make bench`) launches Debian's
// Chromium; it never downloads a browser. CHROMIUM_PATH=/path/to/chromium picks another one.
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
