import { resolve } from 'node:path';
import { outputFolders, publishOutput, recoverOutput } from './output.ts';
import { ASTRO_BUILD, repoRoot as root, runStep, SEARCH_INDEX } from './steps.ts';
import { outDir } from '../site/config.ts';

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
const step = (args: string[]) => runStep(args, { DATELINE_OUT: folders.staging });

const astro = await step([...ASTRO_BUILD, ...process.argv.slice(2)]);
if (astro !== 0) fail('astro build failed');
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
