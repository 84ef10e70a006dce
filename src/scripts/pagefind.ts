import type { WeightedLocation } from '@/lib/search-excerpt.ts';
import {
  mergeCounts,
  mergeShardResults,
  pagefindOptions,
  type FilterCounts,
  type SearchState,
} from '@/lib/search-view.ts';

/** The part of Pagefind's browser API (each shard's `pagefind.js`) the search page uses. */
export interface PagefindInstance {
  options(options: { baseUrl: string }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: ReturnType<typeof pagefindOptions>): Promise<PagefindResponse | null>;
}

/** What one search answers: the results, whose data loads on demand, and the filter counts they carry. */
export interface PagefindResponse {
  results: { id: string; score: number; data(): Promise<PagefindResult> }[];
  filters: FilterCounts;
}

/** One result's data. */
export interface PagefindResult {
  url: string;
  content: string;
  meta: { title?: string; date?: string };
  weighted_locations: WeightedLocation[];
}

/** Every shard of the index, ready to search, and every filter's totals over the whole archive. */
export interface LoadedIndex {
  shards: PagefindInstance[];
  totals: FilterCounts;
}

/*
 * Pagefind's API for each shard of the index, and every filter's totals. Each shard is searched by
 * its own copy of `pagefind.js`, loaded from its own folder: Pagefind's merge of several indexes
 * orders results by score even when a date order is asked for, and several instances made by one
 * copy share its WebAssembly memory and corrupt it. Shards hold consecutive months, so their
 * date-ordered results join up.
 */
export async function loadPagefind(bundle: string, base: string): Promise<LoadedIndex> {
  // A large archive is indexed in shards (src/search/pagefind.ts); the first lists the others.
  const extra: string[] = await fetch(`${bundle}shards.json`)
    .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
    .catch(() => []);
  const shards = await Promise.all(
    [bundle, ...extra.map((folder) => `${base}${folder}`)].map(async (folder) => {
      const shard = (await import(/* @vite-ignore */ `${folder}pagefind.js`)) as PagefindInstance;
      // The index lists pages by their path in the build; baseUrl puts the deployment base in front.
      await shard.options({ baseUrl: base });
      return shard;
    }),
  );
  const totals = mergeCounts(await Promise.all(shards.map((shard) => shard.filters())));
  return { shards, totals };
}

/** One search over every shard: results in the state's order, filter counts added up. */
export async function searchShards(shards: readonly PagefindInstance[], state: SearchState): Promise<PagefindResponse> {
  const term = state.query === '' ? null : state.query;
  const answers = await Promise.all(shards.map((shard) => shard.search(term, pagefindOptions(state))));
  return {
    results: mergeShardResults(
      answers.map((answer) => answer?.results ?? []),
      state.sort,
    ),
    filters: mergeCounts(answers.map((answer) => answer?.filters ?? {})),
  };
}
