import { rmSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { isWrittenPage } from '../build/written-page.ts';
import type { ShardPlan } from '../lib/search-shards.ts';
import { contentDir, outDir, SEARCH_SHARD_SIZE } from '../site/config.ts';
import { walkFiles } from '../walk-files.ts';
import { articlePageOfFile, ShardProgress } from './early-shards.ts';
import { indexShard } from './pagefind.ts';
import { SEARCH_CACHE, ShardCache } from './shard-cache.ts';

/*
 * `node src/search/early-cli.ts`, started by the build driver beside a cold `astro build`, which
 * leaves the second core mostly idle while it renders: every shard of the search index whose
 * article pages Astro has all written (the driver passes on each page as Astro reports it, see
 * src/build/written-pages.ts) is indexed at once, by Pagefind's own process, into the shard cache.
 * The search step after Astro (cli.ts) then finds those shards there and copies them.
 *
 * This is only a head start, never a second way of indexing: a shard is cached under the digest
 * of exactly what Pagefind read of its pages, so the search step takes it only if the finished
 * site's pages are those bytes, and indexes it itself otherwise. The shards expected are those of
 * the article files in the content folder (`articles/<id>/index.html`, as src/lib/paths.ts names
 * their pages); a guess that is wrong costs the work, not the index. The driver sends `done` when
 * Astro has finished: the shard being indexed is finished and stored, the rest left to cli.ts.
 */

const site = resolve(outDir);
const log = (message: string) => console.log(`[dateline:pagefind] ${message}`);
const quiet = { info: log, debug: () => undefined };

// Listening from the start: a page reported before the shards are known is not lost.
const written = new Set<string>();
const ready: number[] = [];
let finished = false;
let wake: () => void = () => undefined;
let onPage: (page: string) => void = (page) => written.add(page);
process.on('message', (message) => {
  if (message === 'done') finished = true;
  else if (isWrittenPage(message)) onPage(message.page);
  wake();
});
process.on('disconnect', () => {
  finished = true;
  wake();
});

const articles = resolve(contentDir, 'articles');
const walk = await walkFiles(articles, '.mdx').catch(() => undefined);
const expected = (walk?.files ?? []).map((file) => articlePageOfFile(relative(articles, file).split(sep).join('/')));
const progress = new ShardProgress(expected, SEARCH_SHARD_SIZE);
const { shards } = progress;
onPage = (page) => {
  const whole = progress.written(page);
  if (whole !== undefined) ready.push(whole);
};
for (const page of written) onPage(page);

const cache = new ShardCache(SEARCH_CACHE);
let indexed = 0;
let cached = 0;
try {
  for (;;) {
    const next = finished ? undefined : ready.shift();
    if (next !== undefined) {
      const shard = shards[next];
      if (shard && (await indexEarly(shard))) indexed += 1;
      else cached += 1;
    } else if (finished) break;
    else await new Promise<void>((done) => (wake = done));
  }
  cache.savePageHashes();
  log(`indexed ${indexed} of ${shards.length} shard(s) while the pages were built (${cached} found in the cache)`);
} catch (error) {
  // The search step after Astro indexes whatever is not cached, and reports what fails there.
  console.warn(`[dateline:pagefind] could not index early: ${(error as Error).message}`);
}
process.disconnect?.();

/** Indexes a shard into the cache, unless it is there already; whether it did. */
async function indexEarly({ months, pages }: ShardPlan): Promise<boolean> {
  const digest = cache.digest(site, pages);
  if (cache.has(digest)) return false;
  const folder = cache.scratch(digest);
  try {
    await indexShard(site, { months, pages }, folder, quiet);
    cache.store(digest, folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return true;
}
