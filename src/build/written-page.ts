import type fs from 'node:fs';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What Astro's process tells the build driver, and the driver the early search step: one page written whole. */
export interface WrittenPage {
  /** The page's path in the output folder, `/`-separated: `articles/2025/2025-12-04-slug/index.html`. */
  page: string;
}

/** An article page's path in the site: the only pages the search index reads (src/search/pagefind.ts). */
const ARTICLE_PAGE = /^articles\/[^/]+\/[^/]+\/index\.html$/;

/** The site-relative path of the file `path` when it is an article page of the site in `site`. */
export function articlePageOf(site: string, path: string): string | undefined {
  const page = relative(site, path).split(sep).join('/');
  return ARTICLE_PAGE.test(page) ? page : undefined;
}

/** Whether a message is a {@link WrittenPage}. */
export function isWrittenPage(message: unknown): message is WrittenPage {
  return typeof message === 'object' && message !== null && typeof (message as WrittenPage).page === 'string';
}

type WriteFile = typeof fs.promises.writeFile;

/** The path `writeFile` was given, as a file path; undefined for a file handle. */
function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (target instanceof URL) return fileURLToPath(target);
  return undefined;
}

/** `writeFile` that, once `write` has written an article page of the site in `site` whole, `report`s it. */
export function reportingWrites(write: WriteFile, site: string, report: (page: WrittenPage) => void): WriteFile {
  return async function (this: unknown, ...args: Parameters<WriteFile>) {
    await write.apply(this, args);
    const path = pathOf(args[0]);
    const page = path === undefined ? undefined : articlePageOf(site, path);
    if (page !== undefined) report({ page });
  } as WriteFile;
}
