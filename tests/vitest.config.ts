import { defineConfig } from 'vitest/config';

/** Unit tier: pure logic in src/lib, src/ingest, src/schema and the loaders; no build, no browser. */
export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
