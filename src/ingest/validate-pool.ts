import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Frontmatter } from './to-mdx.ts';
import type { ValidationReply, ValidationRequest } from './validate-worker.ts';

/** Checks a generated article; rejects with the reason it must not be written. */
export type Validate = (source: string, frontmatter: Frontmatter, paragraphs: readonly string[]) => Promise<void>;

/**
 * Runs `validateMdx` on other cores. Re-parsing each generated file as MDX is close to half of
 * ingest's work per article and needs nothing from the articles before it, so it can run beside
 * the extraction of the next ones, which must go in order. `close` ends the workers.
 */
export function validationPool(size = Math.max(1, Math.min(4, availableParallelism() - 1))): {
  validate: Validate;
  close(): Promise<void>;
} {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./validate-worker.ts', import.meta.url)));
  const waiting = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let failure: Error | undefined;
  let nextId = 0;
  for (const worker of workers) {
    worker.on('message', ({ id, error }: ValidationReply) => {
      const pending = waiting.get(id);
      waiting.delete(id);
      if (error === undefined) pending?.resolve();
      else pending?.reject(new Error(error));
    });
    worker.on('error', (error) => {
      failure = new Error(`the MDX check stopped: ${error.message}`);
      for (const pending of waiting.values()) pending.reject(failure);
      waiting.clear();
    });
  }
  return {
    validate(source, frontmatter, paragraphs) {
      if (failure) return Promise.reject(failure);
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[id % size]!.postMessage({ id, source, frontmatter, paragraphs } satisfies ValidationRequest);
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
