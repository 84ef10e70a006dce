import fs from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Astro's incremental build writes every page it renders twice: into the output folder, then the
 * same bytes into its cache (`<cacheDir>/dist/`, under the same path), 34,000 second writes on a
 * cold build of 20,000 articles. {@link linkingCacheCopies} makes the second write a hard link to
 * the first file: the build already shares files between the cache and the output folder
 * (reuse.ts), and every later write into either name makes a new file (unshare-writes.ts), so
 * neither can change the other. Only a write of the very data just written into the output
 * folder, to the same path under a `dist/` folder of Astro's caches, is linked; anything else is
 * written as it was.
 */

type WriteFile = typeof fs.promises.writeFile;

/** More than the pages Astro has in flight at once; files never copied (assets) are forgotten, oldest first. */
const AWAITING_MOST = 256;

/** The path `writeFile` was given, as an absolute file path; undefined for a file handle. */
function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string') return resolve(target);
  if (target instanceof URL) return fileURLToPath(target);
  return undefined;
}

/** `path` relative to `folder` when it lies inside it. */
function inside(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  return rel === '' || rel.startsWith('..') || rel === path ? undefined : rel;
}

/**
 * `writeFile` that links a cache copy to the page of the site in `site` it copies, for Astro's
 * caches under `caches`; `write` does every other write.
 */
export function linkingCacheCopies(write: WriteFile, site: string, caches: string): WriteFile {
  /** Pages written into the site whose cache copy is still to come: their data by site-relative path. */
  const awaitingCopy = new Map<string, unknown>();

  /** The page of the site that `path` is the cache copy of, when it lies in a cache's `dist/` folder. */
  const copiedPage = (path: string): string | undefined => {
    const parts = inside(caches, path)?.split(sep) ?? [];
    const at = parts.indexOf('dist');
    return at < 0 ? undefined : parts.slice(at + 1).join(sep);
  };

  /** Links `copy` to the page `page` of the site; false when the file system cannot. */
  const linkCopy = async (page: string, copy: string): Promise<boolean> => {
    try {
      await fs.promises.rm(copy, { force: true });
      await fs.promises.link(join(site, page), copy);
      return true;
    } catch {
      return false;
    }
  };

  return async function (this: unknown, ...args: Parameters<WriteFile>) {
    const [target, data, options] = args;
    const path = options === undefined ? pathOf(target) : undefined;
    const page = path === undefined ? undefined : copiedPage(path);
    if (path !== undefined && page !== undefined && awaitingCopy.has(page)) {
      const written = awaitingCopy.get(page);
      awaitingCopy.delete(page);
      if (written === data && (await linkCopy(page, path))) return;
    }
    await write.apply(this, args);
    const inSite = path === undefined ? undefined : inside(site, path);
    if (inSite === undefined) return;
    awaitingCopy.set(inSite, data);
    for (const [oldest] of awaitingCopy) {
      if (awaitingCopy.size <= AWAITING_MOST) break;
      awaitingCopy.delete(oldest);
    }
  } as WriteFile;
}
