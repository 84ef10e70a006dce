/* Writes and checks generated articles in a worker thread (see mdx-pool.ts). */
import { serveJobs } from '../../worker-pool.ts';
import type { Frontmatter } from '../text/frontmatter.ts';
import { checkedMdx } from '../text/checked-mdx.ts';

/** One article to write: its front matter and the text's paragraphs. */
export interface MdxJob {
  frontmatter: Frontmatter;
  paragraphs: readonly string[];
}

serveJobs(({ frontmatter, paragraphs }: MdxJob) => checkedMdx(frontmatter, paragraphs));
