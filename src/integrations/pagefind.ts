import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
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

/**
 * Indexes the built site with Pagefind as soon as Astro has written it, so every build (the
 * published one, the test fixtures, the benchmarks) ships a search index that matches its pages,
 * whatever output folder DATELINE_OUT chose. Only article pages are read: they alone carry
 * `data-pagefind-body`, and list pages would repeat every headline thousands of times.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dateline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const shards = packShards(articleMonths(join(site, 'articles')), SHARD_SIZE);
        // An archive with no articles still gets an (empty) index, so the search page loads.
        if (shards.length === 0) shards.push([]);
        let pages = 0;
        for (const [index, months] of shards.entries()) {
          pages += await indexShard(site, months, shardFolder(index), logger);
        }
        const extra = shards.slice(1).map((_, index) => `${shardFolder(index + 1)}/`);
        writeFileSync(join(site, shardFolder(0), SHARD_MANIFEST), JSON.stringify(extra));
        logger.info(`indexed ${pages} articles for search in ${shards.length} shard(s)`);
      },
    },
  };
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
async function indexShard(
  site: string,
  months: string[],
  folder: string,
  logger: AstroIntegrationLogger,
): Promise<number> {
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
    logger.debug(`${folder}: ${pages} articles from ${months[0] ?? '-'} to ${months.at(-1) ?? '-'}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}
