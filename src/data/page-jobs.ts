/* The work page rendering hands to its worker thread (see page-workers.ts). */
import { legalText } from '../lib/legal-text.ts';
import type { MentionMatcher } from '../lib/mentions.ts';
import { layoutNetwork, type NetworkInput, type NetworkLayout } from '../lib/network-layout.ts';
import { renderBody } from '../loaders/render-body.ts';
import { setWireTables } from '../loaders/wire-tables.ts';

/** One body to render: its Markdown, the matcher of its entities' names, the deployment base. */
export interface BodyJob {
  body: string;
  /** Plain data (names, targets, a count), so it crosses to the worker as it is. */
  matcher: MentionMatcher | undefined;
  base: string;
}

/** A job of either kind: an article body (article-body.ts) or a co-mention network (src/network/picture.ts). */
export type PageJob = { body: BodyJob } | { network: NetworkInput };

/** What each kind of job answers: a body's HTML, a network's layout. */
export type PageJobOutput<Job extends PageJob> = Job extends { body: BodyJob } ? string : NetworkLayout;

/** Does one job; the worker runs it, and it is plain code, so it can run on any thread. */
export function doPageJob(job: PageJob): string | NetworkLayout {
  if ('network' in job) return layoutNetwork(job.network);
  const { body, matcher, base } = job.body;
  // A hand-edited body may hold what HTML reads as parse errors (a form feed, U+FFFF): written as
  // a space or left out, like the headline and summary in src/data/archive.ts.
  return setWireTables(renderBody(legalText(body), matcher, base));
}
