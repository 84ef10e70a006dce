import { resolve } from 'node:path';
import { outputFolders, publishOutput, recoverOutput } from './output.ts';
import { linkCachedPages, PREFILLED, removeUnbuiltPages } from './reuse.ts';
import { ASTRO_BUILD, repoRoot as root, runStep, SEARCH_INDEX } from './steps.ts';
import { cacheDirFor, contentDir, outDir } from '../site/config.ts';

/*
 * `npm run build`: `astro build`, then the search index (`src/search/cli.ts`, a process of its
 * own so the memory of the two never adds up), both into a staging folder; the site is published
 * to DATELINE_OUT (or dist/) only when both succeed. A failed build leaves the last good site
 * exactly as it was. Arguments go to `astro build`; `--force` renders every page and, passed to the
 * search step as `--fresh`, indexes every search shard again.
 */
const folders = outputFolders(root, resolve(root, outDir));
const log = (message: string) => console.log(`[dateline:build] ${message}`);
const fail = (message: string): never => {
  // Puts back the published site if a swap failed half-way, and removes the unfinished one.
  recoverOutput(folders);
  console.error(`[dateline:build] ${message}; ${folders.out} is left as the last good build made it`);
  process.exit(1);
};

if (recoverOutput(folders)) log(`put back the site an interrupted build had moved aside: ${folders.out}`);

/** Runs one step with the staging folder as its output; resolves to its exit code. */
const step = (args: string[], env: Record<string, string> = {}) =>
  runStep(args, { ...env, DATELINE_OUT: folders.staging });

// The pages of the last build, linked in from Astro's cache so that Astro skips them in place (see
// reuse.ts). Not for a shard of a sharded build, whose cache folder astro.config.mjs names apart.
const cacheDir = resolve(root, cacheDirFor(contentDir));
const linked = process.env.DATELINE_SHARD ? [] : linkCachedPages(cacheDir, folders.staging);
const astro = await step([...ASTRO_BUILD, ...process.argv.slice(2)], linked.length > 0 ? { [PREFILLED]: '1' } : {});
if (astro !== 0) fail('astro build failed');
try {
  const removed = removeUnbuiltPages(cacheDir, folders.staging, linked);
  if (linked.length > 0) log(`kept ${linked.length - removed} pages of the last build in place, removed ${removed}`);
} catch (error) {
  fail((error as Error).message);
}
log('site built; indexing it for search');
// A build that renders every page indexes every search shard too, ignoring the shard cache.
const search = [...SEARCH_INDEX, ...(process.argv.includes('--force') ? ['--fresh'] : [])];
if ((await step(search)) !== 0) fail('search indexing failed');
try {
  publishOutput(folders);
} catch (error) {
  fail(`could not publish the new site: ${(error as Error).message}`);
}
log(`published ${folders.out}`);
