import {
  excerptSegments,
  facetValues,
  mergeCounts,
  mergeShardResults,
  type FilterCounts,
  pagefindOptions,
  readSearchState,
  SEARCH_FILTERS,
  searchStateParams,
  toSort,
  type SearchFilter,
  type SearchState,
  type WeightedLocation,
} from '@/lib/search-view.ts';
import { LOCALE } from '@/site/locale.ts';
import { strings } from '@/strings.ts';

/*
 * The search page, in the browser: runs the query in the URL through Pagefind's JavaScript API and
 * draws results and filters itself. Everything that comes from the index (headlines, excerpts,
 * names of people, organisations and events) is put in the page as text nodes, never as HTML, so
 * whatever an article or a registry holds is shown as written and runs nothing.
 */

/** The part of Pagefind's browser API (each shard's `pagefind.js`) this page uses. */
interface PagefindInstance {
  options(options: { baseUrl: string }): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: ReturnType<typeof pagefindOptions>): Promise<PagefindResponse | null>;
}
interface PagefindResponse {
  results: { id: string; score: number; data(): Promise<PagefindResult> }[];
  filters: FilterCounts;
}
interface PagefindResult {
  url: string;
  content: string;
  meta: { title?: string; date?: string };
  weighted_locations: WeightedLocation[];
}

/** Results drawn at a time; "More results" draws the next as many. */
const PAGE = 20;
/** Values a facet lists before "Show more"; typing in its box searches all of them. */
const FACET_SHOWN = 6;

const FACET_LABELS: Record<SearchFilter, { title: string; find: string }> = {
  person: { title: strings.people, find: strings.searchFindPerson },
  organisation: { title: strings.organisations, find: strings.searchFindOrganisation },
  event: { title: strings.events, find: strings.searchFindEvent },
  year: { title: strings.years, find: strings.searchFindYear },
};

/** Makes an element with attributes and children; strings become text nodes. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

interface Facet {
  root: HTMLDetailsElement;
  count: HTMLElement;
  find: HTMLInputElement;
  list: HTMLUListElement;
  more: HTMLButtonElement;
  expanded: boolean;
}

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

  const facets = new Map<SearchFilter, Facet>();
  for (const name of SEARCH_FILTERS) {
    const label = FACET_LABELS[name];
    const count = el('span', { class: 'facet-count' });
    const find = el('input', {
      type: 'search',
      class: 'facet-find',
      'aria-label': label.find,
      placeholder: label.find,
    });
    const facetList = el('ul', { class: 'facet-values' });
    const facetMore = el('button', { type: 'button', class: 'facet-more' });
    const details = el(
      'details',
      { class: 'facet' },
      el('summary', {}, label.title, ' ', count),
      el('fieldset', {}, el('legend', { class: 'visually-hidden' }, label.title), find, facetList, facetMore),
    );
    // Hidden until the first answer says whether any result carries a value of it.
    details.hidden = true;
    const facet: Facet = { root: details, count, find, list: facetList, more: facetMore, expanded: false };
    find.addEventListener('input', () => drawFacet(name, facet));
    facetMore.addEventListener('click', () => {
      facet.expanded = !facet.expanded;
      drawFacet(name, facet);
    });
    facets.set(name, facet);
    facetsRoot.append(details);
  }

  function drawFacet(name: SearchFilter, facet: Facet): void {
    const values = facetValues(name, counts[name] ?? {}, state.filters[name], facet.find.value);
    const all = facetValues(name, counts[name] ?? {}, state.filters[name]);
    facet.count.textContent = `(${all.length.toLocaleString(LOCALE)})`;
    facet.root.hidden = all.length === 0;
    facet.find.hidden = all.length <= FACET_SHOWN;
    const shown = facet.expanded ? values : values.slice(0, FACET_SHOWN);
    facet.list.replaceChildren(
      ...shown.map((entry) => {
        const box = el('input', { type: 'checkbox', value: entry.value });
        box.checked = entry.selected;
        box.addEventListener('change', () => choose(name, entry.value, box.checked));
        return el(
          'li',
          {},
          el(
            'label',
            {},
            box,
            ' ',
            el('span', {}, entry.value),
            ' ',
            el('span', { class: 'facet-n' }, `(${entry.count})`),
          ),
        );
      }),
    );
    if (shown.length === 0) facet.list.append(el('li', { class: 'facet-none' }, strings.searchNoValues));
    facet.more.hidden = values.length <= FACET_SHOWN;
    facet.more.textContent = facet.expanded ? strings.searchFewerValues : strings.searchAllValues(values.length);
  }

  function choose(name: SearchFilter, value: string, on: boolean): void {
    const chosen = state.filters[name].filter((item) => item !== value);
    state = { ...state, filters: { ...state.filters, [name]: on ? [...chosen, value] : chosen } };
    void search();
  }

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
    for (const [name, facet] of facets) drawFacet(name, facet);
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

/*
 * Pagefind's API for each shard of the index, and every filter's totals. Each shard is searched by
 * its own copy of `pagefind.js`, loaded from its own folder: Pagefind's merge of several indexes
 * orders results by score even when a date order is asked for, and several instances made by one
 * copy share its WebAssembly memory and corrupt it. Shards hold consecutive months, so their
 * date-ordered results join up.
 */
async function loadPagefind(
  bundle: string,
  base: string,
): Promise<{ shards: PagefindInstance[]; totals: FilterCounts }> {
  // A large archive is indexed in shards (src/search/pagefind.ts); the first lists the others.
  const extra: string[] = await fetch(`${bundle}shards.json`)
    .then((response) => (response.ok ? response.json() : []))
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

/* One search over every shard: results in the state's order, filter counts added up. */
async function searchShards(shards: readonly PagefindInstance[], state: SearchState): Promise<PagefindResponse> {
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

/** One result: headline linking to the article, its date, and the excerpt with the matches marked. */
function resultItem(result: PagefindResult): HTMLLIElement {
  const title = result.meta.title ?? result.url;
  const excerpt = el(
    'p',
    { class: 'result-excerpt' },
    ...excerptSegments(result.content, result.weighted_locations, title).map((segment) =>
      segment.mark ? el('mark', {}, segment.text) : segment.text,
    ),
  );
  return el(
    'li',
    { class: 'result' },
    el('h3', { class: 'result-title' }, el('a', { href: result.url }, title)),
    el('p', { class: 'result-date' }, result.meta.date ?? ''),
    excerpt,
  );
}
