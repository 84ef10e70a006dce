import { resolve } from 'node:path';
import type * as WorkerThreads from 'node:worker_threads';
import type { ResourceLimits, WorkerOptions } from 'node:worker_threads';
import { describe, expect, it, vi } from 'vitest';
import { PAGE_WORKER_YOUNG_GENERATION_MB, pageWorkers, runPageJob } from '../../../src/data/page-workers.ts';
import { layoutNetwork, type NetworkInput } from '../../../src/lib/network-layout.ts';
import { spareCores } from '../../../src/worker-pool.ts';

// The file of every worker thread started, in order, so a test can count the threads a job takes.
const started = vi.hoisted(() => [] as string[]);
vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof WorkerThreads>();
  class CountedWorker extends real.Worker {
    constructor(file: string | URL, options?: WorkerOptions) {
      super(file, options);
      started.push(String(file));
    }
  }
  return { ...real, Worker: CountedWorker };
});

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

  it('render article bodies and lay out networks on one set of threads, each thread a heap of its own', async () => {
    const before = started.length;
    const network: NetworkInput = {
      centre: { kind: 'people', id: 'ada-lovelace', name: 'Ada Lovelace', path: '/people/ada-lovelace/' },
      neighbours: [{ kind: 'organisations', id: 'nato', name: 'NATO', path: '/organisations/nato/', count: 2 }],
    };
    const html = await runPageJob({ body: { body: 'NATO met.\n', matcher: undefined, base: '/' } });
    const layout = await runPageJob({ network });
    const again = await runPageJob({ body: { body: 'Again.\n', matcher: undefined, base: '/' } });
    expect(html).toBe('<p>NATO met.</p>\n');
    expect(again).toBe('<p>Again.</p>\n');
    expect(layout).toEqual(layoutNetwork(network));
    expect(started.slice(before)).toEqual(
      Array.from({ length: spareCores() }, () => resolve('src/data/page-worker.ts')),
    );
  });
});
