import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from './pagefind.ts';
import { SEARCH_CACHE, ShardCache } from './shard-cache.ts';
import { outDir } from '../site/config.ts';

/*
 * `node src/search/cli.ts`: indexes the site `astro build` wrote (DATELINE_OUT, or dist/) for
 * search. `npm run build` runs it right after Astro; a separate process because Astro holds the
 * whole archive in memory until it exits, and Pagefind needs as much again for its index.
 * Shards whose article pages did not change since an earlier run are copied from the shard cache
 * in node_modules/.cache; `--fresh` (as `npm run build:fresh` passes) indexes every shard again.
 */
const site = resolve(outDir);
if (!existsSync(site)) {
  console.error(`[dateline:pagefind] ${site} does not exist: run astro build first`);
  process.exit(1);
}
const log = (message: string) => console.log(`[dateline:pagefind] ${message}`);
const fresh = process.argv.includes('--fresh');
const cache = fresh ? undefined : new ShardCache(SEARCH_CACHE);
try {
  await indexSite(site, { info: log, debug: () => undefined }, { cache });
} catch (error) {
  console.error(`[dateline:pagefind] ${(error as Error).message}`);
  process.exit(1);
}
