import { resolve } from 'node:path';
import { workerPool, type WorkerPool } from '../worker-pool.ts';
import type { PageJob, PageJobOutput } from './page-jobs.ts';

/*
 * Each worker thread has a heap of its own, and V8 lets a worker's young generation grow as a main
 * thread's does, to 64 MB a semi-space: the body worker's heap reached 142 MB and the network
 * worker's 85 MB at 5,000 articles, nearly all of it room for new objects, though a Markdown body
 * or a layout leaves next to nothing alive once it is done. Capped, they stay near 45 MB each.
 */
export const PAGE_WORKER_YOUNG_GENERATION_MB = 16;

/**
 * Workers for the CPU work of page rendering, running `file`, a source file found from the project
 * root, where builds run. No one closes the pool, so it must not keep a finished build alive.
 */
export function pageWorkers<Input, Output>(file: string): WorkerPool<Input, Output> {
  return workerPool<Input, Output>(resolve(file), {
    unref: true,
    youngGenerationMb: PAGE_WORKER_YOUNG_GENERATION_MB,
  });
}

/*
 * Article bodies and network layouts share one pool: a pool of its own for each kept two sets of
 * threads, each with its heap (about 45 MB apiece at 5,000 articles), for work that never needs
 * both at once, since the main thread feeding them is a single core.
 */
let shared: WorkerPool<PageJob, unknown> | undefined;

/** Runs one job of page rendering on the shared worker pool, started with the first job. */
export function runPageJob<Job extends PageJob>(job: Job): Promise<PageJobOutput<Job>> {
  shared ??= pageWorkers<PageJob, unknown>('src/data/page-worker.ts');
  return shared.run(job) as Promise<PageJobOutput<Job>>;
}
