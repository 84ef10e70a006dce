import { strings } from '../strings.ts';

/** One page of a paginated list. Page numbers start at 1. */
export interface Page<T> {
  number: number;
  lastPage: number;
  items: T[];
  /** Index of the first item on this page within the whole list (0-based). */
  start: number;
  total: number;
}

/**
 * Splits a list into pages of `pageSize`. An empty list still has one (empty) page, so every
 * index URL exists even before the archive has content for it.
 */
export function paginate<T>(items: readonly T[], pageSize: number): Page<T>[] {
  checkPageSize(pageSize);
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: lastPage }, (_, index) => ({
    number: index + 1,
    lastPage,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    start: index * pageSize,
    total: items.length,
  }));
}

/**
 * One page of a newest-first list whose later pages keep their items as the list grows (see
 * {@link stablePages}). `number` is 0 for the first page; a later page is numbered by its place
 * counted from the oldest end, 1 holding the oldest items.
 */
export interface StablePage<T> {
  number: number;
  items: T[];
  /** The neighbouring pages' numbers: towards the newest items and towards the oldest. */
  newer?: number;
  older?: number;
}

/**
 * Splits a newest-first list so that each later page holds the same items however many newer ones
 * arrive: the later pages are runs of `pageSize` counted from the oldest item, and the first page
 * holds the rest, the newest `pageSize` to `2 × pageSize − 1` (all of a shorter list). An item added
 * at the top changes the first page alone, and once every `pageSize` items gives the first page's
 * oldest run a page of its own, which changes the page next to it. Pages counted from the newest
 * would move every item of every page along by one, so that one article naming a popular entity
 * changed each of its hundreds of pages.
 */
export function stablePages<T>(newestFirst: readonly T[], pageSize: number): StablePage<T>[] {
  checkPageSize(pageSize);
  const total = newestFirst.length;
  const later = Math.max(0, Math.floor(total / pageSize) - 1);
  const first: StablePage<T> = { number: 0, items: newestFirst.slice(0, total - later * pageSize) };
  if (later > 0) first.older = later;
  const pages = [first];
  for (let number = later; number >= 1; number--) {
    const end = total - (number - 1) * pageSize;
    const page: StablePage<T> = {
      number,
      items: newestFirst.slice(end - pageSize, end),
      newer: number === later ? 0 : number + 1,
    };
    if (number > 1) page.older = number - 1;
    pages.push(page);
  }
  return pages;
}

/** The URL path of a {@link StablePage}: the first page is the list itself. */
export function stablePagePath(basePath: string, number: number): string {
  return number === 0 ? basePath : `${basePath}${number}/`;
}

/** The path segment a catch-all route needs for a {@link StablePage}: none for the first page. */
export function stablePageParam(number: number): string | undefined {
  return number === 0 ? undefined : String(number);
}

/** The links a list's page gives to the pages either side of it, and what it says of itself. */
export interface PageLinks {
  previous?: { path: string; label: string };
  next?: { path: string; label: string };
  /** Where the page sits: "Page 2 of 3". */
  current?: string;
}

/** The links of page `page` of a numbered list at `basePath`; none for a list of one page. */
export function numberedPageLinks(basePath: string, page: Pick<Page<unknown>, 'number' | 'lastPage'>): PageLinks {
  if (page.lastPage === 1) return {};
  const links: PageLinks = { current: strings.pageOf(page.number, page.lastPage) };
  if (page.number > 1) links.previous = { path: pagePath(basePath, page.number - 1), label: strings.previousPage };
  if (page.number < page.lastPage) links.next = { path: pagePath(basePath, page.number + 1), label: strings.nextPage };
  return links;
}

/** The links of a {@link StablePage} of a newest-first list at `basePath`. */
export function stablePageLinks(basePath: string, page: StablePage<unknown>, current?: string): PageLinks {
  const links: PageLinks = {};
  if (page.newer !== undefined)
    links.previous = { path: stablePagePath(basePath, page.newer), label: strings.newerPage };
  if (page.older !== undefined) links.next = { path: stablePagePath(basePath, page.older), label: strings.olderPage };
  if (current !== undefined) links.current = current;
  return links;
}

/** The URL path of page `number` of a list at `basePath` (which ends in `/`): page 1 is the list itself. */
export function pagePath(basePath: string, number: number): string {
  return number === 1 ? basePath : `${basePath}${number}/`;
}

/** The path segment a catch-all `[...page]` route needs: none for page 1. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}

function checkPageSize(pageSize: number): void {
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
}
