import {
  readSearchState,
  SEARCH_FILTERS,
  searchStateParams,
  toSort,
  type FilterCounts,
  type SearchState,
} from '@/lib/search-view.ts';
import { strings } from '@/strings.ts';
import { loadPagefind, searchShards, type PagefindResponse } from './pagefind.ts';
import { makeFacet } from './search-facet.ts';
import { resultItem } from './search-result.ts';

/*
 * The search page, in the browser: runs the query in the URL through Pagefind's JavaScript API and
 * draws results and filters itself. Everything that comes from the index (headlines, excerpts,
 * names of people, organisations and events) is put in the page as text nodes, never as HTML, so
 * whatever an article or a registry holds is shown as written and runs nothing.
 */

/** Results drawn at a time; "More results" draws the next as many. */
const PAGE = 20;

/** Wires the search page: `root` holds the form, the filter column and the results column. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const form = root.querySelector('form') as HTMLFormElement;
  const input = form.querySelector('input[name="q"]') as HTMLInputElement;
  const sort = form.querySelector('select[name="sort"]') as HTMLSelectElement;
  const status = root.querySelector('[data-search-status]') as HTMLElement;
  const list = root.querySelector('[data-search-results]') as HTMLOListElement;
  const more = root.querySelector('[data-search-more]') as HTMLButtonElement;
  const facetsRoot = root.querySelector('[data-search-facets]') as HTMLElement;
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const base = root.dataset.base ?? '/';

  let state: SearchState = readSearchState(new URLSearchParams(location.search));
  // What a reader types before the index has loaded is kept, not overwritten by the URL's query.
  if (state.query === '' && input.value.trim() !== '') state = { ...state, query: input.value.trim() };
  input.value = state.query;
  sort.value = state.sort;
  const loaded = loadPagefind(bundle, base);
  let counts: FilterCounts = {};
  let results: PagefindResponse['results'] = [];
  let drawn = 0;
  let run = 0;

  const facets = SEARCH_FILTERS.map((name) =>
    makeFacet(
      name,
      () => ({ counts: counts[name] ?? {}, selected: state.filters[name] }),
      (value, on) => {
        const chosen = state.filters[name].filter((item) => item !== value);
        state = { ...state, filters: { ...state.filters, [name]: on ? [...chosen, value] : chosen } };
        void search();
      },
    ),
  );
  facetsRoot.append(...facets.map((facet) => facet.root));

  async function drawMore(): Promise<void> {
    const next = results.slice(drawn, drawn + PAGE);
    drawn += next.length;
    const items = await Promise.all(next.map(async (result) => resultItem(await result.data())));
    list.append(...items);
    more.hidden = drawn >= results.length;
  }

  async function search(): Promise<void> {
    const mine = ++run;
    const { shards, totals } = await loaded;
    const query = new URLSearchParams(searchStateParams(state)).toString();
    history.replaceState(null, '', query === '' ? location.pathname : `${location.pathname}?${query}`);
    const filtered = SEARCH_FILTERS.some((name) => state.filters[name].length > 0);
    const response = state.query === '' && !filtered ? null : await searchShards(shards, state);
    if (mine !== run) return;
    results = response?.results ?? [];
    counts = response?.filters ?? totals;
    drawn = 0;
    list.replaceChildren();
    await drawMore();
    if (mine !== run) return;
    status.textContent =
      state.query === '' && !filtered ? strings.searchPrompt : strings.searchResultCount(results.length, state.query);
    for (const facet of facets) facet.draw();
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = { ...state, query: input.value.trim() };
      void search();
    }, 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    state = { ...state, query: input.value.trim(), sort: toSort(sort.value) };
    void search();
  });
  sort.addEventListener('change', () => form.requestSubmit());
  more.addEventListener('click', () => void drawMore());

  await search();
}
