import { workerPool } from '../../worker-pool.ts';
import type { Frontmatter } from '../text/to-mdx.ts';
import type { ValidationJob } from './validate-worker.ts';

/** Checks a generated article; rejects with the reason it must not be written. */
export type Validate = (source: string, frontmatter: Frontmatter, paragraphs: readonly string[]) => Promise<void>;

/*
 * How many articles are checked on this thread before the workers take over: a worker must load
 * the MDX parser and the schemas afresh (about half a CPU-second and 100 MB on this project's
 * benchmark machine), which a run that adds an article or two to an archive never earns back.
 */
const CHECKED_HERE = 4;

/**
 * Runs `validateMdx` on other cores. Re-parsing each generated file as MDX is close to half of
 * ingest's work per article and needs nothing from the articles before it, so it can run beside
 * the extraction of the next ones, which must go in order. The first few are checked on this
 * thread, so a small run starts no worker. `offThread` counts the checks sent to the workers;
 * `close` ends them.
 */
export function validationPool(
  size?: number,
  { checkedHere = CHECKED_HERE }: { checkedHere?: number } = {},
): { validate: Validate; close(): Promise<void>; offThread(): number } {
  const pool = workerPool<ValidationJob, void>(new URL('./validate-worker.ts', import.meta.url), { size });
  let jobs = 0;
  return {
    validate: (source, frontmatter, paragraphs) => {
      jobs += 1;
      return jobs <= checkedHere
        ? validateHere(source, frontmatter, paragraphs)
        : pool.run({ source, frontmatter, paragraphs });
    },
    close: () => pool.close(),
    offThread: () => Math.max(0, jobs - checkedHere),
  };
}

/** `validateMdx` on this thread; the MDX parser is loaded only when a check needs it. */
export async function validateHere(
  source: string,
  frontmatter: Frontmatter,
  paragraphs: readonly string[],
): Promise<void> {
  const { validateMdx } = await import('../text/validate-mdx.ts');
  validateMdx(source, frontmatter, paragraphs);
}
