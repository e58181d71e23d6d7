import { defineConfig } from 'vitest/config';

// Unit tests for pure TypeScript (and the worker service against the real WASM) in Node.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // The worker-service tests run the real Argon2id at 64 MiB several times per test; on a
    // busy 2-core machine that can pass 5 s. Timings belong in benchmarks, not here.
    testTimeout: 60_000,
  },
});
