import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  emptyTrash,
  keptFolderStamps,
  keptPublished,
  outputFolders,
  publishKeepingStaging,
  recoverOutput,
} from './output.ts';
import { filesOf, type FolderFiles, type FolderStamps, type KnownFolders } from './publish-changes.ts';
import { linkCachedPages, PREFILLED, removeUnbuilt } from './reuse.ts';
import {
  ASTRO_BUILD,
  ASTRO_BUILD_REPORTING,
  EARLY_SEARCH_INDEX,
  repoRoot as root,
  runStep,
  SEARCH_INDEX,
  startStep,
} from './steps.ts';
import { isWrittenPage } from './written-page.ts';
import { isShardFolder } from '../lib/search-shards.ts';
import { cacheDirFor, contentDir, outDir } from '../site/config.ts';

/*
 * `npm run build`: `astro build`, then the search index (`src/search/cli.ts`, a process of its
 * own so the memory of the two never adds up), both into a staging folder; the site is published
 * to DATELINE_OUT (or dist/) only when both succeed. A failed build leaves the last good site
 * exactly as it was. Arguments go to `astro build`; `--force` renders every page and, passed to the
 * search step as `--fresh`, indexes every search shard again.
 *
 * The staging folder is kept after a build that published it, and the next build starts from it:
 * Astro skips the pages that did not change where they lie, and publishing changes in the site
 * only the files that differ (reuse.ts, publish-changes.ts). After a failed or interrupted build
 * it starts instead from the pages in Astro's cache, linked into an empty folder.
 */
const folders = outputFolders(root, resolve(root, outDir));
const log = (message: string) => console.log(`[dateline:build] ${message}`);
const fail = (message: string): never => {
  // Puts back the published site if a publish failed half-way, and removes the unfinished one.
  recoverOutput(folders);
  console.error(`[dateline:build] ${message}; ${folders.out} is left as the last good build made it`);
  process.exit(1);
};

// The files the last publish replaced are removed while this build runs, and before it publishes.
const trashEmptied = emptyTrash(folders);
// A shard of a sharded build has a cache folder of its own (astro.config.mjs) and starts empty.
const shard = process.env.DATELINE_SHARD !== undefined;
if (recoverOutput(folders, { keepStaging: !shard })) {
  log(`put back the site an interrupted build had moved aside: ${folders.out}`);
}
const cacheDir = resolve(root, cacheDirFor(contentDir));
// What the last publish left in the output, when this build starts from the folder it published.
const startsFromPublished = existsSync(folders.kept);
const last = startsFromPublished ? keptPublished(folders) : undefined;
// The folders of the staging folder as the last walk found them: those unchanged are not listed again.
const lastStamps = last && keptFolderStamps(folders);
const known: KnownFolders | undefined = last && lastStamps && { stamps: lastStamps, published: last };
if (startsFromPublished) {
  log('starting from the last published build');
} else if (!shard) {
  const linked = linkCachedPages(cacheDir, folders.staging);
  if (linked.length > 0) log(`starting from ${linked.length} pages of Astro's cache`);
}
// From here on the staging folder is no longer the published site, until it is published again.
rmSync(folders.kept, { force: true });

/**
 * A cold build (nothing kept to start from, so every page is written and every search shard
 * indexed): the search shards are indexed while Astro renders, each as soon as its article pages
 * are all written (src/search/early-cli.ts), and the search step after Astro copies them from its
 * cache. Resolves to Astro's exit code once the early indexing has stopped too.
 */
async function coldBuild(): Promise<number> {
  const env = { DATELINE_OUT: folders.staging };
  const early = startStep(EARLY_SEARCH_INDEX, env, { ipc: true });
  const pass = (message: unknown) => {
    if (early.child.connected) early.child.send(message as string, undefined, undefined, () => undefined);
  };
  const astro = startStep([...ASTRO_BUILD_REPORTING, ...process.argv.slice(2)], env, { ipc: true });
  astro.child.on('message', (message) => {
    if (isWrittenPage(message)) pass(message);
  });
  const code = await astro.exited;
  // A failed build indexes nothing more; a finished one lets the shard being indexed finish.
  if (code === 0) pass('done');
  else early.child.kill();
  await early.exited;
  return code;
}

/** Runs one step with the staging folder as its output; resolves to its exit code. */
const step = (args: string[], env: Record<string, string> = {}) =>
  runStep(args, { ...env, DATELINE_OUT: folders.staging });

const since = Date.now();
const prefilled: Record<string, string> = existsSync(folders.staging) ? { [PREFILLED]: '1' } : {};
const force = process.argv.includes('--force');
// DATELINE_EARLY_SEARCH=1 indexes search beside Astro on a cold build: about a sixth faster at 20,000
// articles, but Pagefind's memory for a shard (0.7 GiB at 4,000 articles) then adds to Astro's peak,
// which took the build past 2 GiB; so by default the index waits until Astro is done.
const searchEarly = !force && !existsSync(folders.staging) && process.env.DATELINE_EARLY_SEARCH === '1';
const astro = searchEarly ? await coldBuild() : await step([...ASTRO_BUILD, ...process.argv.slice(2)], prefilled);
if (astro !== 0) fail('astro build failed');
try {
  const removed = removeUnbuilt(cacheDir, folders.staging, since, last?.keys());
  if (removed > 0) log(`removed ${removed} files of the last build that this one does not make`);
} catch (error) {
  fail((error as Error).message);
}
log('site built; indexing it for search');
// A build that renders every page indexes every search shard too, ignoring the shard cache.
const search = [...SEARCH_INDEX, ...(process.argv.includes('--force') ? ['--fresh'] : [])];
const indexed = step(search);
// The search step writes only its shards' folders: the rest of the staging folder, as the publish
// into the existing output compares it, is walked meanwhile (60,000 files at 20,000 articles, about
// a second), and after it only the shards.
// A failure to list it fails the publish, once the search step has ended.
let rest: FolderFiles | Error | undefined;
const stamps: FolderStamps = new Map();
try {
  rest = existsSync(folders.out)
    ? filesOf(folders.staging, (name) => !isShardFolder(name), { known, stamps })
    : undefined;
} catch (error) {
  rest = error as Error;
}
if ((await indexed) !== 0) fail('search indexing failed');
await trashEmptied;
try {
  if (rest instanceof Error) throw rest;
  const source = rest && new Map([...rest, ...filesOf(folders.staging, isShardFolder, { known, stamps })]);
  const changes = publishKeepingStaging(folders, last, source, source && stamps);
  if (changes) log(`files added ${changes.added}, replaced ${changes.replaced}, removed ${changes.removed}`);
} catch (error) {
  fail(`could not publish the new site: ${(error as Error).message}`);
}
log(`published ${folders.out}`);
