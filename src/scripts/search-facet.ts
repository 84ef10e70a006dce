import { facetValues } from '@/lib/search-facets.ts';
import type { SearchFilter } from '@/lib/search-view.ts';
import { LOCALE } from '@/site/locale.ts';
import { strings } from '@/strings.ts';
import { el } from './dom.ts';

/** Values a facet lists before "Show more"; typing in its box searches all of them. */
const FACET_SHOWN = 6;

const FACET_LABELS: Record<SearchFilter, { title: string; find: string }> = {
  person: { title: strings.people, find: strings.searchFindPerson },
  organisation: { title: strings.organisations, find: strings.searchFindOrganisation },
  event: { title: strings.events, find: strings.searchFindEvent },
  year: { title: strings.years, find: strings.searchFindYear },
};

/** What a facet shows: the counts of the current results and the values the reader chose. */
export interface FacetSource {
  counts: Readonly<Record<string, number>>;
  selected: readonly string[];
}

/** One filter's box on the search page. */
export interface Facet {
  root: HTMLDetailsElement;
  /** Draws the facet again from what `source` gives now. */
  draw(): void;
}

/**
 * The facet of filter `name`: a collapsible box with a count, a find box and the values as
 * checkboxes. It reads what to show from `source` whenever it draws (after each search, and as the
 * reader types in its find box or asks for all values) and reports a ticked or cleared box to `choose`.
 */
export function makeFacet(
  name: SearchFilter,
  source: () => FacetSource,
  choose: (value: string, on: boolean) => void,
): Facet {
  const label = FACET_LABELS[name];
  const count = el('span', { class: 'facet-count' });
  const find = el('input', { type: 'search', class: 'facet-find', 'aria-label': label.find, placeholder: label.find });
  const list = el('ul', { class: 'facet-values' });
  const more = el('button', { type: 'button', class: 'facet-more' });
  const root = el(
    'details',
    { class: 'facet' },
    el('summary', {}, label.title, ' ', count),
    el('fieldset', {}, el('legend', { class: 'visually-hidden' }, label.title), find, list, more),
  );
  // Hidden until the first answer says whether any result carries a value of it.
  root.hidden = true;
  let expanded = false;

  function draw(): void {
    const { counts, selected } = source();
    const values = facetValues(name, counts, selected, find.value);
    const all = facetValues(name, counts, selected);
    count.textContent = `(${all.length.toLocaleString(LOCALE)})`;
    root.hidden = all.length === 0;
    find.hidden = all.length <= FACET_SHOWN;
    const shown = expanded ? values : values.slice(0, FACET_SHOWN);
    list.replaceChildren(
      ...shown.map((entry) => {
        const box = el('input', { type: 'checkbox', value: entry.value });
        box.checked = entry.selected;
        box.addEventListener('change', () => choose(entry.value, box.checked));
        const n = el('span', { class: 'facet-n' }, `(${entry.count})`);
        return el('li', {}, el('label', {}, box, ' ', el('span', {}, entry.value), ' ', n));
      }),
    );
    if (shown.length === 0) list.append(el('li', { class: 'facet-none' }, strings.searchNoValues));
    more.hidden = values.length <= FACET_SHOWN;
    more.textContent = expanded ? strings.searchFewerValues : strings.searchAllValues(values.length);
  }

  find.addEventListener('input', draw);
  more.addEventListener('click', () => {
    expanded = !expanded;
    draw();
  });
  return { root, draw };
}
