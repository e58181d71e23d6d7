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

/** Only the imports that load with the file (not `import()`, not `import type`): what runs before the file's own code. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^'";]*?from\s+['"](\.[^'"]+)['"]|^import\s+['"](\.[^'"]+)['"]/gm)].flatMap(
    (m) => {
      const spec = m[1] ?? m[2];
      return spec ? [relative(SRC, resolve(dirname(file), spec)).replaceAll('\\', '/')] : [];
    },
  );
}

const all = files(SRC).map((file) => ({ file: relative(SRC, file).replaceAll('\\', '/'), deps: imports(file) }));

/** The feature a path belongs to and its side (client, worker, shared), or null outside features/. */
function featureOf(path: string): { name: string; side: string } | null {
  const m = /^features\/([^/]+)\/(client|worker|shared)\//.exec(path);
  return m ? { name: m[1] ?? '', side: m[2] ?? '' } : null;
}
const isWorkerSide = (path: string) =>
  path === 'worker/crypto.worker' ||
  path === 'worker/crypto.worker.ts' ||
  /^worker\/service(\.|$)/.test(path) ||
  path === 'worker/features' ||
  path === 'worker/features.ts' ||
  featureOf(path)?.side === 'worker';
const isMainThread = (path: string) =>
  path.startsWith('app/') ||
  path.startsWith('kit/') ||
  path.startsWith('sw/') ||
  path === 'main.tsx' ||
  path === 'worker/client.ts' ||
  featureOf(path)?.side === 'client';
/** What a screen may take from the shell: the top bar and its context (screens are given callbacks, never other screens' ids). */
const SHELL_CONTRACT = ['app/Shell'];

describe('layering', () => {
  it('finds the sources it checks', () => {
    expect(all.length).toBeGreaterThan(10);
    expect(all.find((f) => f.file === 'worker/crypto.worker.ts')?.deps).toContain('store');
    // Every feature folder holds only client/, worker/ and shared/ (and a README).
    const loose = all.filter((f) => f.file.startsWith('features/') && !featureOf(f.file)).map((f) => f.file);
    expect(loose).toEqual([]);
    expect(all.filter((f) => featureOf(f.file)?.side === 'worker').length).toBeGreaterThan(5);
  });

  it('keeps IndexedDB and the WASM core out of the main thread', () => {
    const bad = all
      .filter((f) => isMainThread(f.file))
      .flatMap((f) =>
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

  it("keeps a feature's shared types free of either side", () => {
    const bad = all
      .filter((f) => featureOf(f.file)?.side === 'shared')
      .flatMap((f) =>
        f.deps.filter((d) => isWorkerSide(d) || isMainThread(d) || featureOf(d)?.side === 'client').map((d) => `${f.file} -> ${d}`),
      );
    expect(bad).toEqual([]);
  });

  it("lets a feature's worker code use only its own feature and the worker's shared parts", () => {
    const bad = all.flatMap((f) => {
      const own = featureOf(f.file);
      if (own?.side !== 'worker') return [];
      return f.deps
        .filter((d) => {
          const other = featureOf(d);
          if (other) return other.name !== own.name && other.side !== 'shared';
          return !(d.startsWith('worker/') || d.startsWith('store') || d.startsWith('wasm/'));
        })
        .map((d) => `${f.file} -> ${d}`);
    });
    expect(bad).toEqual([]);
  });

  it('lets features and the kit take only the screen contract from the shell, and the kit nothing from features', () => {
    const bad = all
      .filter((f) => f.file.startsWith('kit/') || featureOf(f.file))
      .flatMap((f) =>
        f.deps
          .filter((d) => (d.startsWith('app/') && !SHELL_CONTRACT.includes(d)) || (f.file.startsWith('kit/') && d.startsWith('features/')))
          .map((d) => `${f.file} -> ${d}`),
      );
    expect(bad).toEqual([]);
    // The kit is really used by features (the check above is not vacuous).
    expect(all.some((f) => featureOf(f.file) && f.deps.some((d) => d.startsWith('kit/')))).toBe(true);
  });

  it('keeps i18n and content free of imports from the app', () => {
    const bad = all
      .filter((f) => f.file.startsWith('i18n/') || f.file.startsWith('content/'))
      .flatMap((f) => f.deps.filter((d) => !d.startsWith('i18n/') && !d.startsWith('content/')).map((d) => `${f.file} -> ${d}`));
    expect(bad).toEqual([]);
  });

  it('writes every passphrase input through PasswordField', () => {
    const bad = all
      .filter((f) => f.file.endsWith('.tsx') && f.file !== 'kit/PasswordField.tsx')
      .filter((f) => /type=(?:"password"|\{[^}]*'password')/.test(readFileSync(join(SRC, f.file), 'utf8')))
      .map((f) => f.file);
    expect(bad).toEqual([]);
    expect(readFileSync(join(SRC, 'kit/PasswordField.tsx'), 'utf8')).toMatch(/'password'/);
  });

  it('draws the screens after unlock only through the registry', () => {
    // The screens before the registry's: while locked, and the notice shown once after unlock.
    const LOCKED = [
      'features/vault/client/CreateScreen',
      'features/vault/client/UnlockScreen',
      'features/vault/client/IntegrityScreen',
      'features/backup/client/RestoreScreen',
      'features/help/client/HelpScreen',
    ];
    const bad = all.flatMap((f) =>
      f.deps
        .filter((d) => /Screen$/.test(d))
        .filter((d) => !(f.file === 'app/registry.tsx' || (f.file === 'app/App.tsx' && LOCKED.includes(d))))
        .map((d) => `${f.file} -> ${d}`),
    );
    expect(bad).toEqual([]);
    // The registry really does import them (the check above is not vacuous).
    expect(all.find((f) => f.file === 'app/registry.tsx')?.deps).toContain('features/journal/client/JournalScreen');
  });

  it('lets only main.tsx draw the app, and only App use the registry', () => {
    const bad = all.flatMap((f) =>
      f.deps
        .filter((d) => (d === 'app/App' && f.file !== 'main.tsx') || (d === 'app/registry' && f.file !== 'app/App.tsx'))
        .map((d) => `${f.file} -> ${d}`),
    );
    expect(bad).toEqual([]);
  });

  it('fixes the language before any text module loads: main.tsx reaches the app and content only through import()', () => {
    const byPath = new Map(
      files(SRC).map((file) => [
        relative(SRC, file)
          .replaceAll('\\', '/')
          .replace(/\.tsx?$/, ''),
        file,
      ]),
    );
    const seen = new Set<string>();
    const visit = (path: string) => {
      const file = byPath.get(path) ?? byPath.get(`${path}/index`);
      if (file === undefined || seen.has(path)) return;
      seen.add(path);
      for (const dep of staticImports(file)) visit(dep.replace(/\.tsx?$/, ''));
    };
    visit('main');
    expect(seen.has('i18n/language')).toBe(true);
    expect([...seen].filter((p) => p.startsWith('content/') || p.startsWith('app/') || p.startsWith('features/'))).toEqual([]);
    expect(imports(join(SRC, 'main.tsx'))).toContain('app/App');
  });

  it('has no import cycles', () => {
    const known = new Map(all.map((f) => [f.file.replace(/\.tsx?$/, ''), f.deps]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        cycles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'open');
      for (const dep of known.get(node) ?? []) if (known.has(dep)) visit(dep, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of known.keys()) visit(node, []);
    expect(cycles).toEqual([]);
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
