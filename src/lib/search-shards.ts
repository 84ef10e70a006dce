import { compareText } from './compare.ts';

/** Articles published in one month (`2025-12`), as the search indexer counts them. */
export interface MonthCount {
  month: string;
  count: number;
}

/**
 * Packs months, oldest first, into consecutive shards of at most `limit` articles each, so each
 * shard of the search index can be built in memory bounded by its size. A month larger than the
 * limit is a shard of its own. Months are never split, so a shard is a list of month globs.
 */
export function packShards(months: readonly MonthCount[], limit: number): string[][] {
  const shards: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const { month, count } of [...months].sort((a, b) => compareText(a.month, b.month))) {
    if (current.length > 0 && size + count > limit) {
      shards.push(current);
      current = [];
      size = 0;
    }
    current.push(month);
    size += count;
  }
  if (current.length > 0) shards.push(current);
  return shards;
}

/** The folder of the `index`th shard of the search bundle: `pagefind/`, then `pagefind-2/` … */
export function shardFolder(index: number): string {
  return index === 0 ? 'pagefind' : `pagefind-${index + 1}`;
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
