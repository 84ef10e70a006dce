import type { ResourceLimits } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { PAGE_WORKER_YOUNG_GENERATION_MB, pageWorkers } from '../../../src/data/page-workers.ts';

describe('the workers of page rendering', () => {
  it("cap their young generation, which V8 would otherwise let grow to a main thread's", async () => {
    const pool = pageWorkers<null, ResourceLimits>('tests/helpers/limits-worker.ts');
    try {
      const limits = await pool.run(null);
      expect(limits.maxYoungGenerationSizeMb).toBe(PAGE_WORKER_YOUNG_GENERATION_MB);
      expect(PAGE_WORKER_YOUNG_GENERATION_MB).toBeLessThanOrEqual(16);
    } finally {
      await pool.close();
    }
  });
});
