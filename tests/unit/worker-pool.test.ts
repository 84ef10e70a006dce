import { describe, expect, it } from 'vitest';
import type { ResourceLimits } from 'node:worker_threads';
import { workerPool } from '../../src/worker-pool.ts';

const limitsWorker = new URL('../helpers/limits-worker.ts', import.meta.url);

describe('workerPool', () => {
  it('gives its workers the young generation it was asked for, and V8 its own default otherwise', async () => {
    const sized = workerPool<null, ResourceLimits>(limitsWorker, { size: 1, youngGenerationMb: 64 });
    const plain = workerPool<null, ResourceLimits>(limitsWorker, { size: 1 });
    try {
      const [given, otherwise] = await Promise.all([sized.run(null), plain.run(null)]);
      expect(given.maxYoungGenerationSizeMb).toBe(64);
      expect(otherwise.maxYoungGenerationSizeMb).not.toBe(64);
    } finally {
      await Promise.all([sized.close(), plain.close()]);
    }
  });
});
