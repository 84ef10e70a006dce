/* Renders article bodies in a worker thread (see article-body.ts). */
import { legalText } from '../lib/legal-text.ts';
import type { MentionMatcher } from '../lib/mentions.ts';
import { renderBody } from '../loaders/render-body.ts';
import { setWireTables } from '../loaders/wire-tables.ts';
import { serveJobs } from '../worker-pool.ts';

/** One body to render: its Markdown, the matcher of its entities' names, the deployment base. */
export interface BodyJob {
  body: string;
  /** Plain data (names, targets, a count), so it crosses to the worker as it is. */
  matcher: MentionMatcher | undefined;
  base: string;
}

serveJobs(({ body, matcher, base }: BodyJob) =>
  // A hand-edited body may hold what HTML reads as parse errors (a form feed, U+FFFF): written as
  // a space or left out, like the headline and summary in src/data/archive.ts.
  setWireTables(renderBody(legalText(body), matcher, base)),
);
