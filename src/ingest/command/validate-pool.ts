import { workerPool } from '../../worker-pool.ts';
import type { Frontmatter } from '../text/to-mdx.ts';
import type { ValidationJob } from './validate-worker.ts';

/** Checks a generated article; rejects with the reason it must not be written. */
export type Validate = (source: string, frontmatter: Frontmatter, paragraphs: readonly string[]) => Promise<void>;

/**
 * Runs `validateMdx` on other cores. Re-parsing each generated file as MDX is close to half of
 * ingest's work per article and needs nothing from the articles before it, so it can run beside
 * the extraction of the next ones, which must go in order. `close` ends the workers.
 */
export function validationPool(size?: number): { validate: Validate; close(): Promise<void> } {
  const pool = workerPool<ValidationJob, void>(new URL('./validate-worker.ts', import.meta.url), { size });
  return {
    validate: (source, frontmatter, paragraphs) => pool.run({ source, frontmatter, paragraphs }),
    close: () => pool.close(),
  };
}
