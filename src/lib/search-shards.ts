import { compareText } from './compare.ts';

/** Articles published in one month (`2025-12`), as the search indexer counts them. */
export interface MonthCount {
  month: string;
  count: number;
}

/**
 * Packs months into consecutive shards of at most `limit` articles each, so each shard of the
 * search index can be built in memory bounded by its size, and so that one article added to the
 * archive changes as few articles' shards as it can: Pagefind builds a shard whole, so adding an
 * article costs indexing every article of its shard again.
 *
 * - The newest month is a shard of its own: a newsroom adds today's articles, and they then
 *   re-index only that month, not the thousands of articles packed before it.
 * - The other months are packed oldest first, but never across a year: a back-dated article that
 *   takes a shard over the limit moves the shard boundaries of its own year only, where packing
 *   the whole archive moved every later boundary and so re-indexed every later shard.
 *
 * A month larger than the limit is a shard of its own. Months are never split, so a shard is a
 * list of month globs, and the shards are in date order (the search page joins their results).
 */
export function packShards(months: readonly MonthCount[], limit: number): string[][] {
  const sorted = [...months].sort((a, b) => compareText(a.month, b.month));
  const newest = sorted.length > 1 ? sorted.pop() : undefined;
  const shards: string[][] = [];
  let current: string[] = [];
  let size = 0;
  let year = '';
  for (const { month, count } of sorted) {
    if (current.length > 0 && (month.slice(0, 4) !== year || size + count > limit)) {
      shards.push(current);
      current = [];
      size = 0;
    }
    current.push(month);
    size += count;
    year = month.slice(0, 4);
  }
  if (current.length > 0) shards.push(current);
  if (newest) shards.push([newest.month]);
  return shards;
}

/** The folder of the `index`th shard of the search bundle: `pagefind/`, then `pagefind-2/` … */
export function shardFolder(index: number): string {
  return index === 0 ? 'pagefind' : `pagefind-${index + 1}`;
}

/** Whether a name at the top of the site is a shard's folder ({@link shardFolder}), of this index or an older one. */
export function isShardFolder(name: string): boolean {
  return /^pagefind(-\d+)?$/.test(name);
}

/** One shard of the search index: its months, and the article pages of those months. */
export interface ShardPlan {
  months: string[];
  pages: string[];
}

/**
 * Article pages by month, from their site-relative paths `articles/<year>/<YYYY-MM-DD-slug>/index.html`:
 * the month is the start of the page's folder name, as each month's glob gives Pagefind.
 */
export function pagesByMonth(pages: readonly string[]): Map<string, string[]> {
  const byMonth = new Map<string, string[]>();
  for (const page of pages) {
    const month = (page.split('/')[2] ?? '').slice(0, 7);
    const list = byMonth.get(month) ?? [];
    list.push(page);
    byMonth.set(month, list);
  }
  return byMonth;
}

/** The shards of an index of the pages `byMonth` (see {@link packShards}), each with its pages. */
export function planShards(byMonth: ReadonlyMap<string, readonly string[]>, limit: number): ShardPlan[] {
  const months = [...byMonth].map(([month, pages]) => ({ month, count: pages.length }));
  return packShards(months, limit).map((shard) => ({
    months: shard,
    pages: shard.flatMap((month) => byMonth.get(month) ?? []),
  }));
}
