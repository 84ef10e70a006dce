import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import * as pagefind from 'pagefind';
import { isShardFolder, pagesByMonth, planShards, shardFolder, type ShardPlan } from '../lib/search-shards.ts';
import { SEARCH_SHARD_SIZE } from '../site/config.ts';
import { feedPages } from './feed-pages.ts';
import { inTurn } from './in-turn.ts';
import type { ShardCache } from './shard-cache.ts';

/** The list of extra shards, beside the first shard's files, read by the search page. */
const SHARD_MANIFEST = 'shards.json';

/** Where progress goes: the command line prints it, tests may collect it. */
export interface SearchLog {
  info(message: string): void;
  debug(message: string): void;
}

/** What indexing did: articles indexed, shards built by Pagefind and shards copied from the cache. */
export interface IndexResult {
  articles: number;
  built: number;
  reused: number;
}

/**
 * Shards indexed at once. Pagefind parses and writes one index on little more than one core, and
 * two indexes of one process on two. Each index in flight holds its shard in memory: two shards
 * of 4,100 articles at once peaked at 1.17 GB, well under the build's 2 GiB, so no more than two
 * whatever the cores.
 */
const SHARDS_AT_ONCE = Math.min(2, availableParallelism());

/**
 * Indexes a built site with Pagefind. Only article pages are read: they alone carry
 * `data-pagefind-body`, and list pages would repeat every headline thousands of times. Runs as its
 * own process after `astro build` has exited (see `cli.ts`), so the memory of the two never adds up.
 * With a `cache`, a shard whose pages are byte for byte those of a shard built before is copied
 * from it instead of indexed again. The shards to build are indexed by one Pagefind process,
 * `atOnce` at a time.
 */
export async function indexSite(
  site: string,
  log: SearchLog,
  {
    cache,
    shardSize = SEARCH_SHARD_SIZE,
    atOnce = SHARDS_AT_ONCE,
  }: { cache?: ShardCache; shardSize?: number; atOnce?: number } = {},
): Promise<IndexResult> {
  // Anything else packed every article into one shard (NaN) or one shard per month (0), unnoticed.
  if (!Number.isInteger(shardSize) || shardSize < 1) {
    throw new Error(
      `search shards must hold a whole number of articles, 1 or more (DATELINE_SEARCH_SHARD_SIZE), not ${shardSize}`,
    );
  }
  const shards = planShards(articlePages(site), shardSize);
  // An archive with no articles still gets an (empty) index, so the search page loads.
  if (shards.length === 0) shards.push({ months: [], pages: [] });
  const result: IndexResult = { articles: 0, built: 0, reused: 0 };
  // Written last, after the shards; a kept first shard is then exactly its cache entry.
  const manifest = join(site, shardFolder(0), SHARD_MANIFEST);
  rmSync(manifest, { force: true });
  const toBuild: { months: string[]; pages: string[]; output: string; digest: string }[] = [];
  for (const [index, { months, pages }] of shards.entries()) {
    const folder = shardFolder(index);
    const digest = cache ? cache.digest(site, pages) : '';
    result.articles += pages.length;
    if (cache?.restore(digest, join(site, folder))) {
      result.reused += 1;
      log.debug(`${folder}: ${pages.length} articles unchanged, copied from the last index`);
      continue;
    }
    // Pagefind writes into a folder of its own, never into files a restored shard shares with the cache.
    rmSync(join(site, folder), { recursive: true, force: true });
    toBuild.push({ months, pages, output: join(site, folder), digest });
  }
  await withPagefind(() =>
    inTurn(toBuild, atOnce, async ({ months, pages, output, digest }) => {
      await indexPages(site, { months, pages }, output, log);
      cache?.store(digest, output);
      result.built += 1;
    }),
  );
  cache?.savePageHashes();
  // Shards an earlier build of a larger archive left in a kept staging folder (src/build/cli.ts).
  const folders = new Set(shards.map((_, index) => shardFolder(index)));
  for (const name of readdirSync(site)) {
    if (isShardFolder(name) && !folders.has(name)) rmSync(join(site, name), { recursive: true, force: true });
  }
  const extra = shards.slice(1).map((_, index) => `${shardFolder(index + 1)}/`);
  writeFileSync(manifest, JSON.stringify(extra));
  log.info(
    `indexed ${result.articles} articles for search in ${shards.length} shard(s)` +
      (cache ? ` (${result.built} built, ${result.reused} unchanged)` : ''),
  );
  return result;
}

/** The article pages of a built site by month, as site-relative paths (see {@link pagesByMonth}). */
function articlePages(site: string): Map<string, string[]> {
  let years: string[] = [];
  try {
    years = readdirSync(join(site, 'articles'));
  } catch {
    return new Map();
  }
  return pagesByMonth(
    years.flatMap((year) =>
      readdirSync(join(site, 'articles', year)).map((folder) => `articles/${year}/${folder}/index.html`),
    ),
  );
}

/**
 * Builds the shard `shard` of the site in `site` into the folder `output`, in a fresh Pagefind
 * process, which exits afterwards and frees its memory (the early search step, beside Astro, holds
 * no memory between shards).
 */
export function indexShard(site: string, shard: ShardPlan, output: string, log: SearchLog): Promise<number> {
  return withPagefind(() => indexPages(site, shard, output, log));
}

/** Callers of {@link withPagefind} still running: the Pagefind process is shared until the last one ends. */
let pagefindUsers = 0;

/**
 * Runs `work` with Pagefind's process (one per Node process, started by the first call that needs
 * it), and stops the process when no other caller still uses it, so its memory is freed.
 */
async function withPagefind<T>(work: () => Promise<T>): Promise<T> {
  pagefindUsers += 1;
  try {
    return await work();
  } finally {
    pagefindUsers -= 1;
    if (pagefindUsers === 0) await pagefind.close();
  }
}

/**
 * Builds the shard `shard` of the site in `site` into the folder `output`, as an index of the
 * running Pagefind process, removed from it once written. The pages go in as {@link feedPages}
 * gives them.
 */
async function indexPages(site: string, { months, pages }: ShardPlan, output: string, log: SearchLog): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const range = `${months[0] ?? '-'} to ${months.at(-1) ?? '-'}`;
  log.debug(`${basename(output)}: indexing ${range}`);
  try {
    const count = await feedPages(index, site, pages);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    log.debug(`${basename(output)}: ${count} articles from ${range}`);
    return count;
  } finally {
    // The process lives on for the other shards: the index's memory must go with it. A process
    // that died cannot delete it, and the error that killed it is the one to report.
    await index.deleteIndex().catch(() => undefined);
  }
}
