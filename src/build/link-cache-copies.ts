import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Loaded with `node --import` before `astro build` (see steps.ts), after unshare-writes.ts. Astro's
 * incremental build writes every page it renders twice: into the output folder, then the same
 * bytes into its cache (`<cacheDir>/dist/`, under the same path), 34,000 second writes on a cold
 * build of 20,000 articles. Here the second write becomes a hard link to the first file: the
 * build already shares files between the cache and the output folder (reuse.ts), and every later
 * write into either name makes a new file (unshare-writes.ts), so neither can change the other.
 * Only a write of the very data just written into the output folder, to the same path under a
 * `dist/` folder of Astro's caches, is linked; anything else is written as it was.
 */

const site = resolve(process.env.DATELINE_OUT ?? 'dist');
/** Every archive's Astro cache lies under this folder (src/site/config.ts, astro.config.mjs). */
const caches = resolve('node_modules', '.astro');

/** Pages written into the output folder whose cache copy is still to come: data by site-relative path. */
const awaitingCopy = new Map<string, unknown>();
/** More than the pages Astro has in flight at once; files never copied (assets) are forgotten, oldest first. */
const AWAITING_MOST = 256;

function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string') return resolve(target);
  if (target instanceof URL) return fileURLToPath(target);
  return undefined;
}

/** The path in the site that `path` is the cache copy of, when it lies in a cache's `dist/` folder. */
function copiedPath(path: string): string | undefined {
  const inCaches = relative(caches, path);
  if (inCaches.startsWith('..') || inCaches === path) return undefined;
  const parts = inCaches.split(sep);
  const at = parts.indexOf('dist');
  return at < 0 ? undefined : parts.slice(at + 1).join(sep);
}

/** Links `copy` to the page `page` of the site; false when the file system cannot. */
async function linkCopy(page: string, copy: string): Promise<boolean> {
  try {
    await fs.promises.rm(copy, { force: true });
    await fs.promises.link(join(site, page), copy);
    return true;
  } catch {
    return false;
  }
}

const original = fs.promises.writeFile;
Object.defineProperty(fs.promises, 'writeFile', {
  configurable: true,
  writable: true,
  value: async function (this: unknown, ...args: Parameters<typeof original>) {
    const [target, data, options] = args;
    const path = pathOf(target);
    if (path !== undefined && options === undefined) {
      const page = copiedPath(path);
      if (page !== undefined && awaitingCopy.has(page)) {
        const written = awaitingCopy.get(page);
        awaitingCopy.delete(page);
        if (written === data && (await linkCopy(page, path))) return;
      }
    }
    await original.apply(this, args);
    const inSite = path === undefined ? undefined : relative(site, path);
    if (inSite !== undefined && !inSite.startsWith('..') && inSite !== path && options === undefined) {
      awaitingCopy.set(inSite, data);
      for (const [oldest] of awaitingCopy) {
        if (awaitingCopy.size <= AWAITING_MOST) break;
        awaitingCopy.delete(oldest);
      }
    }
  },
});
// Modules that import it by name (`import { writeFile } from 'node:fs/promises'`) get this one too.
syncBuiltinESMExports();
