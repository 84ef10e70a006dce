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
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError(`page size must be a positive integer, got ${pageSize}`);
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: lastPage }, (_, index) => ({
    number: index + 1,
    lastPage,
    items: items.slice(index * pageSize, (index + 1) * pageSize),
    start: index * pageSize,
    total: items.length,
  }));
}

/** The URL path of page `number` of a list at `basePath` (which ends in `/`): page 1 is the list itself. */
export function pagePath(basePath: string, number: number): string {
  return number === 1 ? basePath : `${basePath}${number}/`;
}

/** The path segment a catch-all `[...page]` route needs: none for page 1. */
export function pageParam(number: number): string | undefined {
  return number === 1 ? undefined : String(number);
}
