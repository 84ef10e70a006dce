/* Checks generated articles in a worker thread (see validate-pool.ts). */
import { serveJobs } from '../../worker-pool.ts';
import type { Frontmatter } from '../text/to-mdx.ts';
import { validateMdx } from '../text/validate-mdx.ts';

/** One generated article and what it must read back as. */
export interface ValidationJob {
  source: string;
  frontmatter: Frontmatter;
  paragraphs: readonly string[];
}

serveJobs(({ source, frontmatter, paragraphs }: ValidationJob) => validateMdx(source, frontmatter, paragraphs));
