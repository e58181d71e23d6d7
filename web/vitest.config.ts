import { defineConfig } from 'vitest/config';

// Unit tests for pure TypeScript (and the worker service against the real WASM) in Node.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
