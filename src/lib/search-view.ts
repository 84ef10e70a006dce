import { compareText } from './compare.ts';

/**
 * What the search page asks Pagefind, as plain data: the filters articles carry, the search state a
 * URL holds, the options a search takes, and how the answers of the index's shards join up. The
 * facet values worth listing are in `search-facets.ts`, a result's excerpt in `search-excerpt.ts`;
 * the page turns all of them into DOM nodes as text, and nothing here is ever HTML.
 */

/** The filters every article page hands Pagefind (`data-pagefind-filter`), in the order the page lists them. */
export const SEARCH_FILTERS = ['person', 'organisation', 'event', 'year'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The orders results can come in: Pagefind's ranking, or by the article's date. */
export const SEARCH_SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** A sort by its name in a URL or a form; Pagefind's ranking for anything else. */
export const toSort = (value: string | null): SearchSort =>
  (SEARCH_SORTS as readonly (string | null)[]).includes(value) ? (value as SearchSort) : 'relevance';

/** What a search page URL asks for: `?q=…&sort=…&person=…&year=…`. */
export interface SearchState {
  query: string;
  sort: SearchSort;
  /** Chosen values by filter; a result must carry every one of them. */
  filters: Record<SearchFilter, string[]>;
}

/** Reads a search page's query string; unknown parameters and sorts are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.map((name) => [name, [...new Set(params.getAll(name).filter((value) => value !== ''))]]),
  ) as Record<SearchFilter, string[]>;
  return {
    query: (params.get('q') ?? '').trim(),
    sort: toSort(params.get('sort')),
    filters,
  };
}

/** The query string for a state, the same for the same state: filters in page order, values sorted. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const name of SEARCH_FILTERS) {
    for (const value of [...state.filters[name]].sort(compareText)) params.append(name, value);
  }
  return params;
}

/** The options Pagefind's `search` takes for a state. */
export function pagefindOptions(state: SearchState): {
  filters: Partial<Record<SearchFilter, string[]>>;
  sort?: { date: 'asc' | 'desc' };
} {
  const filters = Object.fromEntries(
    SEARCH_FILTERS.filter((name) => state.filters[name].length > 0).map((name) => [name, state.filters[name]]),
  );
  if (state.sort === 'relevance') return { filters };
  return { filters, sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } };
}

/** Results by filter and value, as Pagefind counts them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The counts of several shards of the index as one. */
export function mergeCounts(shards: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const shard of shards) {
    for (const [name, values] of Object.entries(shard)) {
      const into = (merged[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return merged;
}

/**
 * The results of every shard as one list, shards given oldest first (they hold consecutive
 * months). Each shard's results come in the order asked for, so a date order puts the shards one
 * after the other, newest shard first for "newest"; relevance interleaves them by score, shard
 * order breaking ties, as Pagefind's own merge does.
 */
export function mergeShardResults<T extends { score: number }>(
  shards: readonly (readonly T[])[],
  sort: SearchSort,
): T[] {
  if (sort === 'newest') return [...shards].reverse().flat();
  if (sort === 'oldest') return shards.flat();
  return shards.flat().sort((a, b) => b.score - a.score);
}
