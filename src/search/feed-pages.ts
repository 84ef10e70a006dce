import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { compareText } from '../lib/compare.ts';
import { searchedParts } from './searched-parts.ts';

/** Pages read ahead of what Pagefind has taken: bounds the memory of file contents waiting in the pipe. */
const PAGES_IN_FLIGHT = 64;

/**
 * Gives Pagefind's `index` the article `pages` (site-relative paths) of the site in `site`, one by
 * one in path order, and says how many. Pagefind numbers an index's pages in the order it takes
 * them and its index files follow that numbering, and a folder's listing (what `addDirectory`
 * walks) is in whatever order the file system keeps, which differs between file systems and
 * machines, so the same articles gave a different index elsewhere. Pagefind's service handles one
 * request after another, in the order sent, so sending in order is enough. Each page is sent as the
 * parts of it Pagefind reads ({@link searchedParts}), which index as the whole page does. The
 * search step's shard cache keys its shards on this function's text (src/search/shard-cache.ts):
 * a shard fed otherwise is another shard.
 */
export async function feedPages(index: PagefindIndex, site: string, pages: readonly string[]): Promise<number> {
  const sorted = [...pages].sort(compareText);
  for (let start = 0; start < sorted.length; start += PAGES_IN_FLIGHT) {
    const added = await Promise.all(
      sorted
        .slice(start, start + PAGES_IN_FLIGHT)
        .map((page) =>
          index.addHTMLFile({ sourcePath: page, content: searchedParts(readFileSync(join(site, page), 'utf8')) }),
        ),
    );
    const failed = added.flatMap((result) => result.errors);
    if (failed.length > 0) throw new Error(`Pagefind indexing failed: ${failed.join('; ')}`);
  }
  return sorted.length;
}
