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
    // `npm run test:unit` turns coverage on (`--coverage`); a run of a few files leaves it off, as
    // their figures would fall below the floor.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary'],
      reportsDirectory: 'tests/.tmp/coverage',
      // A floor a little under what the unit tier covers (83% of statements, 80% of branches, 83%
      // of functions, 83% of lines): new code comes with its tests, or the run fails.
      thresholds: { statements: 80, branches: 77, functions: 80, lines: 80 },
    },
  },
});
