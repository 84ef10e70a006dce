import { resolve } from 'node:path';
import { workerPool, type WorkerPool } from '../worker-pool.ts';

/*
 * Each worker thread has a heap of its own, and V8 lets a worker's young generation grow as a main
 * thread's does, to 64 MB a semi-space: the body worker's heap reached 142 MB and the network
 * worker's 85 MB at 5,000 articles, nearly all of it room for new objects, though a Markdown body
 * or a layout leaves next to nothing alive once it is done. Capped, they stay near 45 MB each.
 */
export const PAGE_WORKER_YOUNG_GENERATION_MB = 16;

/**
 * Workers for the CPU work of page rendering (article bodies, network layouts), running `file`, a
 * source file found from the project root, where builds run. No one closes the pool, so it must
 * not keep a finished build alive.
 */
export function pageWorkers<Input, Output>(file: string): WorkerPool<Input, Output> {
  return workerPool<Input, Output>(resolve(file), {
    unref: true,
    youngGenerationMb: PAGE_WORKER_YOUNG_GENERATION_MB,
  });
}
