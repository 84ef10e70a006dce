import { relative, sep } from 'node:path';

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
