import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { packShards, shardFolder, type MonthCount } from '../lib/search-shards.ts';

/**
 * Most articles one Pagefind index holds. Pagefind keeps a whole index in memory while it builds
 * it (about 0.4 KB per word of text), so a large archive is indexed in shards of consecutive
 * months, one after another, and the search page merges them. DATELINE_SEARCH_SHARD_SIZE lets the
 * small test archive exercise the merge.
 */
const SHARD_SIZE = Number(process.env.DATELINE_SEARCH_SHARD_SIZE ?? 4000);

/** The list of extra shards, beside the first shard's files, read by the search page. */
const SHARD_MANIFEST = 'shards.json';

/** Where progress goes: the command line prints it, tests may collect it. */
export interface SearchLog {
  info(message: string): void;
  debug(message: string): void;
}

/**
 * Indexes a built site with Pagefind. Only article pages are read: they alone carry
 * `data-pagefind-body`, and list pages would repeat every headline thousands of times. Runs as its
 * own process after `astro build` has exited (see `cli.ts`), so the memory of the two never adds up.
 * Returns the number of articles indexed.
 */
export async function indexSite(site: string, log: SearchLog): Promise<number> {
  const shards = packShards(articleMonths(join(site, 'articles')), SHARD_SIZE);
  // An archive with no articles still gets an (empty) index, so the search page loads.
  if (shards.length === 0) shards.push([]);
  let pages = 0;
  for (const [index, months] of shards.entries()) {
    pages += await indexShard(site, months, shardFolder(index), log);
  }
  const extra = shards.slice(1).map((_, index) => `${shardFolder(index + 1)}/`);
  writeFileSync(join(site, shardFolder(0), SHARD_MANIFEST), JSON.stringify(extra));
  log.info(`indexed ${pages} articles for search in ${shards.length} shard(s)`);
  return pages;
}

/** Articles per month, from the folder names `articles/<year>/<YYYY-MM-DD-slug>/`. */
function articleMonths(articlesDir: string): MonthCount[] {
  const counts = new Map<string, number>();
  let years: string[] = [];
  try {
    years = readdirSync(articlesDir);
  } catch {
    return [];
  }
  for (const year of years) {
    for (const folder of readdirSync(join(articlesDir, year))) {
      const month = folder.slice(0, 7);
      counts.set(month, (counts.get(month) ?? 0) + 1);
    }
  }
  return [...counts].map(([month, count]) => ({ month, count }));
}

/** Builds one shard in a fresh Pagefind process, which exits afterwards and frees its memory. */
async function indexShard(site: string, months: string[], folder: string, log: SearchLog): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const month of months) {
      const added = await index.addDirectory({
        path: site,
        glob: `articles/${month.slice(0, 4)}/${month}-*/index.html`,
      });
      if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
      pages += added.page_count;
    }
    const written = await index.writeFiles({ outputPath: join(site, folder) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    log.debug(`${folder}: ${pages} articles from ${months[0] ?? '-'} to ${months.at(-1) ?? '-'}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}
