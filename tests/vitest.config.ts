import { defineConfig } from 'vitest/config';

/** Unit tier: pure logic in src/lib, src/ingest, src/schema and the loaders; no build, no browser. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A guard against hangs, not a speed check: on a busy machine starting worker threads alone
    // can take longer than Vitest's default of 5 s.
    testTimeout: 30_000,
  },
});
