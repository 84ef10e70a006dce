import { compareByCountThenName, compareText } from './compare.ts';

/**
 * What the search page shows of Pagefind's answers, as plain data: the filters articles carry, the
 * search state a URL holds, the facet values worth listing and the excerpt of a result. The page
 * turns these into DOM nodes as text; nothing here is ever HTML.
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

/** One value a facet lists. */
export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

/**
 * The values a facet lists: the chosen ones first, then those the current results carry, most
 * frequent first (years newest first); never a value no result carries, which a large archive has
 * by the thousand. `typed` narrows the list to values containing it, ignoring case and accents.
 */
export function facetValues(
  name: SearchFilter,
  counts: Readonly<Record<string, number>>,
  selected: readonly string[],
  typed = '',
): FacetValue[] {
  const needle = fold(typed.trim());
  const values = new Map<string, FacetValue>();
  for (const [value, count] of Object.entries(counts)) {
    if (count > 0) values.set(value, { value, count, selected: false });
  }
  for (const value of selected) values.set(value, { value, count: counts[value] ?? 0, selected: true });
  const order = (a: FacetValue, b: FacetValue) =>
    Number(b.selected) - Number(a.selected) ||
    (name === 'year'
      ? compareText(b.value, a.value)
      : compareByCountThenName({ ...a, name: a.value, id: a.value }, { ...b, name: b.value, id: b.value }));
  return [...values.values()].filter((entry) => needle === '' || fold(entry.value).includes(needle)).sort(order);
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** A run of excerpt text, marked where it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A word Pagefind matched, by its number in the page's text, and how much it counts. */
export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

/* Pagefind's own word separators, so that word numbers agree with the locations it reports. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * The excerpt of a result: the `length` words of its plain text (`content`) that hold the most
 * matches, the matched words marked, "…" where the text goes on. The text starts with the headline,
 * and often with the first sentence the headline was made from: those leading copies of `title`
 * are left out, since the result shows the headline above its excerpt ("…" in front when the
 * sentence goes on past the headline). Built from Pagefind's plain
 * text rather than its HTML excerpt, so what the page shows is exactly the article's text.
 */
export function excerptSegments(
  content: string,
  locations: readonly WeightedLocation[],
  title: string,
  length = 36,
): Segment[] {
  const words = content.split(WORD_SEPARATORS);
  const { from, cut } = afterHeadline(words, title);
  const weights = new Map<number, number>();
  for (const { location, balanced_score } of locations) {
    if (location >= from) weights.set(location, (weights.get(location) ?? 0) + balanced_score);
  }
  const start = densestWindow(weights, from, words.length, length);
  const end = Math.min(words.length, start + length);
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (start > from || cut) push('… ', false);
  for (let index = start; index < end; index += 1) {
    const word = words[index] ?? '';
    if (word === '') continue;
    if (index > start && segments.length > 0) push(' ', false);
    push(word, weights.has(index));
  }
  if (end < words.length && segments.length > 0) push(' …', false);
  return segments.filter((segment) => segment.text !== '');
}

const comparable = (word: string) => fold(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/*
 * The number of the first word after up to two leading copies of the headline (heading, first
 * sentence), and whether that word continues a sentence the headline was cut from.
 */
function afterHeadline(words: readonly string[], title: string): { from: number; cut: boolean } {
  const heading = title.split(WORD_SEPARATORS).filter(Boolean).map(comparable);
  let at = 0;
  let cut = false;
  while (words[at] === '') at += 1;
  for (let copy = 0; copy < 2 && heading.length > 0; copy += 1) {
    if (!heading.every((word, offset) => comparable(words[at + offset] ?? '') === word)) break;
    at += heading.length;
    cut = copy === 1 && at < words.length && !/[.!?]["'”’)]*$/u.test(words[at - 1] ?? '');
  }
  return { from: at, cut };
}

/*
 * The first word of the window of `length` words from `from` on with the largest total weight. Of
 * a run of equally good windows the middle one is taken, as Pagefind does, so a lone match has words
 * on both sides of it.
 */
function densestWindow(weights: ReadonlyMap<number, number>, from: number, total: number, length: number): number {
  if (weights.size === 0) return from;
  const last = Math.max(from, total - length);
  let sum = 0;
  for (let index = from; index < Math.min(total, from + length); index += 1) sum += weights.get(index) ?? 0;
  let bestSum = sum;
  let run = [from, from];
  for (let start = from + 1; start <= last; start += 1) {
    sum += (weights.get(start + length - 1) ?? 0) - (weights.get(start - 1) ?? 0);
    if (sum > bestSum) {
      bestSum = sum;
      run = [start, start];
    } else if (sum === bestSum && run[1] === start - 1) run[1] = start;
  }
  return Math.floor(((run[0] ?? from) + (run[1] ?? from)) / 2);
}
