// The benchmark page's own build (make bench): tests/bench/page -> tests/bench/dist. It imports
// the app's wasm and worker from web/src but never changes the app's build (web/dist).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: path.join(here, 'page'),
  base: './',
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // libsodium.js (sumo) alone is ~500 kB: this page is never shipped.
    chunkSizeWarningLimit: 2048,
  },
  worker: { format: 'es' },
  server: { fs: { allow: [path.resolve(here, '..', '..')] } },
});
