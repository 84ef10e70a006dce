import { compareByCountThenName, compareText, foldForSort } from './compare.ts';
import type { SearchFilter } from './search-view.ts';

/** The values each filter of the search page offers the reader, from the counts Pagefind gives. */

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
  const needle = foldForSort(typed.trim());
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
  return [...values.values()].filter((entry) => needle === '' || foldForSort(entry.value).includes(needle)).sort(order);
}
