// The folder contracts in README.md, checked: who may import what.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = import.meta.dirname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pkg' ? [] : files(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Relative imports of a file, as paths under src/ (e.g. 'store/index', 'wasm/pkg/kintsugi_wasm.js'). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const pattern = /(?:import|export)[^'";]*?from\s+['"](\.[^'"]+)['"]|import\s*\(?\s*['"](\.[^'"]+)['"]|new URL\(\s*['"](\.[^'"]+)['"]/g;
  for (const m of text.matchAll(pattern)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec) out.push(relative(SRC, resolve(dirname(file), spec)).replaceAll('\\', '/'));
  }
  return out;
}

const all = files(SRC).map((file) => ({ file: relative(SRC, file).replaceAll('\\', '/'), deps: imports(file) }));
const WORKER_SIDE = ['worker/crypto.worker', 'worker/service'];
const isWorkerSide = (dep: string) => WORKER_SIDE.some((w) => dep === w || dep.startsWith(`${w}.`));

describe('layering', () => {
  it('finds the sources it checks', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.find((f) => f.file === 'worker/crypto.worker.ts')?.deps).toContain('store');
  });

  it('keeps IndexedDB and the WASM core out of the main thread', () => {
    const mainThread = all.filter(
      (f) => f.file.startsWith('ui/') || f.file.startsWith('sw/') || f.file === 'main.tsx' || f.file === 'worker/client.ts',
    );
    const bad = mainThread.flatMap((f) =>
      f.deps
        // client.ts names the worker's URL to start it; it does not import its code.
        .filter((d) => !(f.file === 'worker/client.ts' && d === 'worker/crypto.worker.ts'))
        .filter((d) => d.startsWith('store') || d.startsWith('wasm/') || isWorkerSide(d))
        .map((d) => `${f.file} -> ${d}`),
    );
    expect(bad).toEqual([]);
  });

  it('lets only the worker side import the store and the WASM package', () => {
    const bad = all.flatMap((f) =>
      f.deps
        .filter((d) => d.startsWith('store') || d.startsWith('wasm/'))
        .filter(() => !isWorkerSide(f.file.replace(/\.tsx?$/, '')) && !f.file.startsWith('store/'))
        .map((d) => `${f.file} -> ${d}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps i18n and content free of imports from the app', () => {
    const bad = all
      .filter((f) => f.file.startsWith('i18n/') || f.file.startsWith('content/'))
      .flatMap((f) => f.deps.filter((d) => !d.startsWith('i18n/') && !d.startsWith('content/')).map((d) => `${f.file} -> ${d}`));
    expect(bad).toEqual([]);
  });

  it('writes every passphrase input through PasswordField', () => {
    const bad = all
      .filter((f) => f.file.endsWith('.tsx') && f.file !== 'ui/PasswordField.tsx')
      .filter((f) => /type=(?:"password"|\{[^}]*'password')/.test(readFileSync(join(SRC, f.file), 'utf8')))
      .map((f) => f.file);
    expect(bad).toEqual([]);
    expect(readFileSync(join(SRC, 'ui/PasswordField.tsx'), 'utf8')).toMatch(/'password'/);
  });

  it('draws the screens after unlock only through the registry', () => {
    const LOCKED = ['ui/CreateScreen', 'ui/UnlockScreen', 'ui/RestoreScreen', 'ui/HelpScreen'];
    const bad = all.flatMap((f) =>
      f.deps
        .filter((d) => /Screen$/.test(d))
        .filter((d) => !(f.file === 'ui/registry.tsx' || (f.file === 'ui/App.tsx' && LOCKED.includes(d))))
        .map((d) => `${f.file} -> ${d}`),
    );
    expect(bad).toEqual([]);
    // The registry really does import them (the check above is not vacuous).
    expect(all.find((f) => f.file === 'ui/registry.tsx')?.deps).toContain('ui/JournalScreen');
  });

  it('creates the crypto worker only from worker/client.ts', () => {
    const creators = all.filter((f) => f.deps.some((d) => d === 'worker/crypto.worker.ts')).map((f) => f.file);
    expect(creators).toEqual(['worker/client.ts']);
  });

  it('uses no inline style attributes and no external URLs (but the directory’s https sources)', () => {
    const bad: string[] = [];
    for (const f of all) {
      const text = readFileSync(join(SRC, f.file), 'utf8');
      if (/\sstyle=\{|\sstyle="/.test(text)) bad.push(`${f.file}: style attribute`);
      // The crisis-line directory names the https pages its numbers were checked against, and its
      // chat lines link to a service's own page that the person taps (a navigation, never a fetch).
      const directory = f.file.startsWith('content/crisis/');
      for (const m of text.matchAll(/https?:\/\/[^\s'"`)]+/g)) {
        if (!(directory && m[0].startsWith('https://'))) bad.push(`${f.file}: ${m[0]}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
