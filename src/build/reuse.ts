import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { filesUnder, linkTree } from './link-tree.ts';
import { removeEmptyFolders } from './publish-changes.ts';

/*
 * A rebuild after one new article renders a few hundred pages and skips tens of thousands. Astro
 * skips a page only when the page's file is already in the output folder, and otherwise copies it
 * from its incremental cache (`<cacheDir>/dist/`): 36,000 copies into an emptied staging folder
 * took most of a 20,000-article rebuild. So the staging folder starts with the cache's pages
 * hard-linked into it, Astro is told not to empty it (DATELINE_PREFILLED, read by astro.config.mjs),
 * and the pages it renders again are written as new files (unshare-writes.ts), never into the
 * linked ones: the cache and the published site keep their bytes until the new site is swapped in.
 */

/** Astro's record of the last build's pages, and its copies of them, in the cache folder (Astro 7). */
const MANIFEST = 'incremental-build.json';
const CACHED_PAGES = 'dist';

/** The environment variable that tells astro.config.mjs the staging folder is filled on purpose. */
export const PREFILLED = 'DATELINE_PREFILLED';

/**
 * Hard-links every page Astro's incremental cache in `cacheDir` holds into the empty folder
 * `staging`, at the same path; returns the paths linked, relative to `staging`. When the two lie
 * on file systems that cannot link to each other, nothing is linked (and what was is removed):
 * Astro then copies the pages it skips, as it would anyway.
 */
export function linkCachedPages(cacheDir: string, staging: string): string[] {
  const pages = join(cacheDir, CACHED_PAGES);
  if (!existsSync(join(cacheDir, MANIFEST)) || !existsSync(pages)) return [];
  return linkTree(pages, staging) ?? [];
}

/**
 * After `astro build`, removes from `staging` what this build did not make: files from an earlier
 * build that Astro neither wrote since `since` (a time in ms) nor names in its new manifest in
 * `cacheDir` as a page it kept (an article deleted, a list one page shorter, an asset renamed).
 * The search index folders are the search step's (src/search/pagefind.ts). `before` lists the
 * files `staging` held when the build began, when that is known (the site last published from
 * it): only those can be from an earlier build, and the folder is not walked. Returns how many
 * files were removed.
 */
export function removeUnbuilt(cacheDir: string, staging: string, since: number, before?: Iterable<string>): number {
  if (!existsSync(staging)) return 0;
  const built = builtPages(cacheDir, staging);
  let removed = 0;
  for (const path of before ?? filesUnder(staging)) {
    const file = join(staging, path);
    if (SEARCH_FOLDER.test(path.split(sep)[0] ?? '') || built.has(path)) continue;
    const stats = statSync(file, { throwIfNoEntry: false });
    // A second of slack: the file system's clock may run a tick behind this process's.
    if (!stats?.isFile() || stats.mtimeMs >= since - 1000) continue;
    rmSync(file);
    removeEmptyFolders(staging, dirname(file));
    removed += 1;
  }
  return removed;
}

/** A folder of the search index, which the search step writes after Astro. */
const SEARCH_FOLDER = /^pagefind(-\d+)?$/;

/** The pages Astro's manifest says this build made, as paths relative to `staging`. */
function builtPages(cacheDir: string, staging: string): Set<string> {
  const file = join(cacheDir, MANIFEST);
  if (!existsSync(file)) return new Set();
  let manifest: { routes?: Record<string, { paths?: Record<string, { outputFile?: unknown }> }> };
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as typeof manifest;
  } catch (error) {
    throw new Error(`${file}: cannot read Astro's list of built pages (${(error as Error).message})`);
  }
  if (typeof manifest.routes !== 'object' || manifest.routes === null) {
    throw new Error(`${file}: Astro's list of built pages has no routes; this Astro writes another format`);
  }
  // Output files are recorded as URLs relative to the output folder: `é` is `%C3%A9` there.
  const base = pathToFileURL(`${staging}${sep}`);
  const pathOf = (outputFile: string) =>
    PLAIN_PATH.test(outputFile)
      ? outputFile.split('/').join(sep)
      : relative(staging, fileURLToPath(new URL(outputFile, base)));
  const built = new Set<string>();
  for (const route of Object.values(manifest.routes)) {
    for (const { outputFile } of Object.values(route.paths ?? {})) {
      if (typeof outputFile === 'string') built.add(pathOf(outputFile));
    }
  }
  return built;
}

/**
 * A relative URL that names the same path as it is written: no escapes, no `.` or `..` folders,
 * no empty ones. Almost every page's is; resolving 38,000 of them as URLs took half a second.
 */
const PLAIN_PATH = /^(?!\.\.?(?:\/|$))(?!.*\/\.\.?(?:\/|$))[A-Za-z0-9_~-][A-Za-z0-9_~.-]*(?:\/[A-Za-z0-9_~.-]+)*$/;
