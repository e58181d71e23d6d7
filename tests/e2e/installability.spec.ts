// Spec 6: installable PWA (manifest + icons + service worker), a CSP that forbids other
// origins, and a neutral title on every screen.
import { expect, test, type Page } from '@playwright/test';
import { createVault, expectUnlockScreen, lock, openApp, passphraseField, waitForServiceWorkerControl } from './helpers';
import { ENTRY_ONE, PASSPHRASE, WRONG_PASSPHRASE } from './markers';
import { ROOT_ORIGIN, SUBPATH_BASE_URL } from './urls';

interface ManifestIcon {
  src: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}

async function expectNeutralTitle(page: Page): Promise<void> {
  await expect(page).toHaveTitle('Kintsugi');
  expect(await page.title()).not.toContain('MARKER');
}

test('manifest, icons and service worker make the app installable', async ({ page }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href, 'a <link rel="manifest">').toBeTruthy();
  const manifestUrl = new URL(href!, page.url()).href;
  expect(manifestUrl.startsWith(SUBPATH_BASE_URL), `manifest ${manifestUrl} is inside the app's path`).toBe(true);

  const manifest = await page.evaluate(async (url) => {
    const r = await fetch(url);
    return { ok: r.ok, body: (await r.json()) as Record<string, unknown> };
  }, manifestUrl);
  expect(manifest.ok).toBe(true);
  const m = manifest.body;
  expect(typeof m.name === 'string' && m.name.length > 0, 'name').toBe(true);
  expect(typeof m.short_name === 'string' && m.short_name.length > 0, 'short_name').toBe(true);
  expect(m.display).toBe('standalone');
  expect(typeof m.start_url, 'start_url').toBe('string');
  const startUrl = new URL(m.start_url as string, manifestUrl).href;
  expect(startUrl.startsWith(SUBPATH_BASE_URL), `start_url ${startUrl} stays inside the sub-path`).toBe(true);
  if (typeof m.scope === 'string') {
    expect(new URL(m.scope, manifestUrl).href.startsWith(SUBPATH_BASE_URL), 'scope inside the sub-path').toBe(true);
  }

  const icons = (m.icons ?? []) as ManifestIcon[];
  for (const size of [192, 512]) {
    const icon = icons.find(
      (i) =>
        (i.sizes ?? '').split(/\s+/).includes(`${size}x${size}`) &&
        (i.type === 'image/png' || (i.type === undefined && i.src.toLowerCase().endsWith('.png'))),
    );
    expect(icon, `a ${size}x${size} PNG icon in the manifest`).toBeDefined();
    const src = new URL(icon!.src, manifestUrl).href;
    expect(src.startsWith(SUBPATH_BASE_URL), `icon ${src} is inside the app's path`).toBe(true);
    const decoded = await page.evaluate(async (url) => {
      const r = await fetch(url);
      const bytes = new Uint8Array(await r.clone().arrayBuffer());
      const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b);
      let width = 0;
      let height = 0;
      try {
        const bitmap = await createImageBitmap(await r.blob());
        width = bitmap.width;
        height = bitmap.height;
      } catch {
        // undecodable: reported as 0x0 below
      }
      return { status: r.status, png, width, height };
    }, src);
    expect(decoded, `icon ${src}`).toEqual({ status: 200, png: true, width: size, height: size });
  }

  await waitForServiceWorkerControl(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(scope, 'the SW is scoped to the sub-path').toBe(SUBPATH_BASE_URL);
});

test('every file the page links stays inside the sub-path and loads', async ({ page }) => {
  await openApp(page);
  const links = await page.evaluate(() =>
    Array.from(document.querySelectorAll('link[href], script[src]'), (e) => ({
      tag: e.outerHTML,
      url: (e as HTMLLinkElement).href || (e as HTMLScriptElement).src,
    })),
  );
  expect(links.length).toBeGreaterThan(0);
  for (const { tag, url } of links) {
    expect(url.startsWith(SUBPATH_BASE_URL), `${tag} resolves to ${url}, outside the sub-path`).toBe(true);
    // vite preview answers unknown paths with index.html (200), so check the type too.
    const res = await page.request.get(url);
    const type = res.headers()['content-type'] ?? '';
    expect(res.status(), `${url} status`).toBe(200);
    expect(type.startsWith('text/html'), `${url} is served as ${type} (missing file?)`).toBe(false);
  }
});

test('a Content-Security-Policy meta tag forbids other origins', async ({ page }) => {
  await openApp(page);
  const meta = page.locator('meta[http-equiv="Content-Security-Policy" i]');
  await expect(meta).toHaveCount(1);
  const csp = (await meta.getAttribute('content')) ?? '';
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...tokens] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), tokens);
  }
  const defaultSrc = directives.get('default-src');
  expect(defaultSrc, `default-src in "${csp}"`).toBeDefined();
  for (const t of defaultSrc!) expect(["'self'", "'none'"], `default-src token ${t}`).toContain(t);

  const connectSrc = directives.get('connect-src');
  expect(connectSrc, 'connect-src').toBeDefined();
  expect(connectSrc).toContain("'self'");
  for (const t of connectSrc!) expect(["'self'", 'data:', 'blob:'], `connect-src token ${t}`).toContain(t);

  const scriptSrc = directives.get('script-src') ?? defaultSrc!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");

  // No directive that takes sources may name another origin or a scheme wildcard.
  for (const [name, tokens] of directives) {
    if (!name.endsWith('-src') && name !== 'base-uri' && name !== 'form-action') continue;
    for (const t of tokens) {
      const keywordOrHash = t.startsWith("'");
      expect(keywordOrHash || t === 'data:' || t === 'blob:', `${name} allows ${t}`).toBe(true);
    }
  }

  // Behaviour, not only text: a fetch to another (live) origin is blocked by the CSP.
  const outcome = await page.evaluate(async (other) => {
    let violated = '';
    document.addEventListener('securitypolicyviolation', (e) => {
      violated = e.effectiveDirective;
    });
    let fetched = false;
    try {
      await fetch(other, { mode: 'no-cors' });
      fetched = true;
    } catch {
      fetched = false;
    }
    await new Promise((r) => setTimeout(r, 100));
    return { fetched, violated };
  }, `${ROOT_ORIGIN}/`);
  expect(outcome).toEqual({ fetched: false, violated: 'connect-src' });
});

test('the title is "Kintsugi" on every screen', async ({ page }) => {
  await openApp(page);
  await expectNeutralTitle(page); // create screen
  await createVault(page, PASSPHRASE);
  await expectNeutralTitle(page); // journal, empty
  await page.getByRole('button', { name: 'New entry', exact: true }).click();
  await page.getByLabel('Entry', { exact: true }).fill(ENTRY_ONE);
  await expectNeutralTitle(page); // editor with text
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(ENTRY_ONE)).toBeVisible();
  await expectNeutralTitle(page); // journal with an entry
  await lock(page);
  await expectNeutralTitle(page); // locked
  await passphraseField(page).fill(WRONG_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('passphrase is not right', { timeout: 20_000 });
  await expectNeutralTitle(page); // wrong passphrase
  await page.reload();
  await expectUnlockScreen(page);
  await expectNeutralTitle(page); // fresh load, locked
});
