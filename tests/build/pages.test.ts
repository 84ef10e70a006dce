import { describe, expect, it } from 'vitest';
import { fixtureArticles, fixturePageSize, fixtureRegistry, shownText } from './build-fixture.ts';
import { hrefs, jsonLdBlocks, listedArticles, page } from './html.ts';
import { hasPage } from '../../src/lib/trust.ts';

const articles = fixtureArticles();
const articlePath = (id: string) => `/articles/${id}/`;
const dayPath = (date: string) => `/archive/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/`;
/* Entities without a page: rejected ones, and auto ones without the evidence for one. */
const rejected = new Set(
  (['people', 'organisations', 'events'] as const).flatMap((kind) =>
    fixtureRegistry(kind)
      .filter((entity) => !hasPage(kind, { status: 'confirmed', ...entity }))
      .map((entity) => `${kind}:${entity.id}`),
  ),
);

/** Every article link listed across all pages of a paginated list, following rel=next. */
function allListed(firstPage: string): string[] {
  const listed: string[] = [];
  for (let path: string | undefined = firstPage; path;) {
    const root = page(path);
    listed.push(...listedArticles(root));
    path = root.querySelector('nav[aria-label="Pages"] a[rel="next"]')?.getAttribute('href');
  }
  return listed;
}

/** Every page of a paginated index, following rel=next. */
function indexPages(firstPage: string): ReturnType<typeof page>[] {
  const pages: ReturnType<typeof page>[] = [];
  for (let path: string | undefined = firstPage; path;) {
    const root = page(path);
    pages.push(root);
    path = root.querySelector('nav[aria-label="Pages"] a[rel="next"]')?.getAttribute('href');
  }
  return pages;
}

describe('article pages', () => {
  it.each([...articles.entries()])('%s has a page with its headline and a dated link to its day', (id, data) => {
    const root = page(articlePath(id));
    expect(root.querySelector('article h1')?.text).toBe(shownText(data.title));
    const time = root.querySelector('article time');
    expect(time?.getAttribute('datetime')).toBe(data.date);
    expect(time?.parentNode?.getAttribute('href')).toBe(dayPath(String(data.date)));
  });

  it('chains every article to the previous and next in time', () => {
    const ordered = [...articles.entries()].sort(
      ([idA, a], [idB, b]) =>
        String(a.date).localeCompare(String(b.date)) ||
        String(a.title).toLowerCase().localeCompare(String(b.title).toLowerCase()) ||
        idA.localeCompare(idB),
    );
    ordered.forEach(([id], index) => {
      const nav = page(articlePath(id)).querySelector('nav[aria-label="Older and newer articles"]');
      const previous = ordered[index - 1];
      const next = ordered[index + 1];
      expect(nav?.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(previous && articlePath(previous[0]));
      expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(next && articlePath(next[0]));
    });
  });
});

describe('entity pages', () => {
  const references = [...articles.entries()].flatMap(([id, data]) =>
    (['people', 'organisations', 'events'] as const).flatMap((kind) =>
      ((data[kind] as string[] | undefined) ?? []).map((entity) => ({ id, kind, entity })),
    ),
  );

  it.each(references.filter((ref) => !rejected.has(`${ref.kind}:${ref.entity}`)))(
    '$kind/$entity lists $id',
    ({ id, kind, entity }) => {
      expect(allListed(`/${kind}/${entity}/`)).toContain(articlePath(id));
      expect(hrefs(page(articlePath(id)))).toContain(`/${kind}/${entity}/`);
    },
  );

  it('gives rejected entities no page and no link', () => {
    for (const key of rejected) {
      const [kind, id] = key.split(':');
      expect(() => page(`/${kind}/${id}/`)).toThrow(/no page/);
    }
    expect(hrefs(page('/articles/2022/2022-01-10-quiet-week/'))).not.toContain('/people/rejected-name/');
  });

  it('gives an auto entity without the evidence for a page none: named unlinked, and not in structured data', () => {
    expect(rejected).toContain('organisations:oper-shr');
    expect(() => page('/organisations/oper-shr/')).toThrow(/no page/);
    const article = page('/articles/2019/2019-10-15-imf-warns/');
    expect(hrefs(article)).not.toContain('/organisations/oper-shr/');
    expect(article.querySelector('article')?.text).toContain('Oper Shr');
    const mentioned = jsonLdBlocks(article).flatMap(
      (block) => (block.mentions as { name: string }[] | undefined) ?? [],
    );
    expect(mentioned.map((thing) => thing.name)).toContain('International Monetary Fund');
    expect(mentioned.map((thing) => thing.name)).not.toContain('Oper Shr');
    expect(hrefs(page('/'))).not.toContain('/organisations/oper-shr/');
  });

  it('says on a profile how many more articles have a name that may be its entity awaiting review', () => {
    expect(page('/people/rajnath-singh/').querySelector('.awaiting-review')?.text).toContain('1 more article names');
    expect(page('/people/andrei-belousov/').querySelector('.awaiting-review')).toBeNull();
  });

  it('pages a long profile from its oldest article, the first page holding the newest, with rel=prev and rel=next', () => {
    const count = [...articles.values()].filter((data) =>
      (data.people as string[] | undefined)?.includes('rajnath-singh'),
    ).length;
    // The later pages are runs of a page's length counted from the oldest article; the first holds the rest.
    const later = Math.floor(count / fixturePageSize) - 1;
    expect(later).toBeGreaterThan(0);
    const first = page('/people/rajnath-singh/');
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/people/rajnath-singh/${later}/`);
    const oldest = page('/people/rajnath-singh/1/');
    expect(oldest.querySelector('a[rel="next"]')).toBeNull();
    expect(page(`/people/rajnath-singh/${later}/`).querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(
      '/people/rajnath-singh/',
    );
    expect(listedArticles(oldest)).toHaveLength(fixturePageSize);
    expect(listedArticles(first).length).toBe(count - later * fixturePageSize);
    expect(allListed('/people/rajnath-singh/')).toHaveLength(count);
  });

  it('draws who is named alongside and when on a profile’s first page only, and links it from the later ones', () => {
    const first = page('/people/rajnath-singh/');
    const later = page('/people/rajnath-singh/1/');
    expect(first.querySelector('figure[data-network]')).not.toBeNull();
    expect(first.querySelector('.overview')).toBeNull();
    expect(first.querySelector('.lede')?.text).toMatch(/^\d+ articles/);
    expect(later.querySelector('figure[data-network]')).toBeNull();
    expect(later.querySelector('.timeline')).toBeNull();
    expect(later.querySelector('.facts')).toBeNull();
    expect(later.querySelector('.awaiting-review')).toBeNull();
    expect(later.querySelector('.lede')?.text).toMatch(/^Articles (of|from) \d+ \w+ \d{4}/);
    expect(later.querySelector('.overview a')?.getAttribute('href')).toBe('/people/rajnath-singh/');
  });

  it('lists people A–Z by surname with their article counts, names as written', () => {
    const rows = indexPages('/people/').flatMap((root) => root.querySelectorAll('[data-list="entities"] li'));
    const names = rows.map((row) => row.querySelector('a')?.text ?? '');
    const surname = (name: string) => name.split(' ').at(-1) ?? name;
    expect(names).toEqual([...names].sort((a, b) => surname(a).localeCompare(surname(b)) || a.localeCompare(b)));
    expect(names).toContain('Rajnath Singh');
    const singh = rows.find((row) => row.querySelector('a')?.getAttribute('href') === '/people/manmohan-singh/');
    expect(singh?.querySelector('.count')?.text.replace(/\s+/g, ' ')).toBe('(2 articles)');
  });
});

describe('date archive', () => {
  const byDay = new Map<string, string[]>();
  for (const [id, data] of articles)
    byDay.set(String(data.date), [...(byDay.get(String(data.date)) ?? []), articlePath(id)]);

  it.each([...byDay.entries()])('the page of %s lists exactly its articles', (date, expected) => {
    expect(allListed(dayPath(date)).sort()).toEqual([...expected].sort());
  });

  it('lists every year with its count, newest first, and each year its months', () => {
    const years = new Map<string, number>();
    for (const data of articles.values())
      years.set(String(data.date).slice(0, 4), (years.get(String(data.date).slice(0, 4)) ?? 0) + 1);
    const rows = page('/archive/').querySelectorAll('[data-list="dates"] li');
    expect(rows.map((row) => row.querySelector('a')?.text)).toEqual([...years.keys()].sort().reverse());
    for (const row of rows) {
      const year = row.querySelector('a')?.text ?? '';
      expect(row.querySelector('.count')?.text).toContain(String(years.get(year)));
      const months = new Set(
        [...articles.values()]
          .map((d) => String(d.date))
          .filter((d) => d.startsWith(year))
          .map((d) => d.slice(5, 7)),
      );
      const monthLinks = hrefs(page(`/archive/${year}/`).querySelector('.months') ?? page('/'));
      expect([...new Set(monthLinks.filter((href) => /^\/archive\/\d{4}\/\d{2}\/$/.test(href)))]).toEqual(
        [...months].sort().map((month) => `/archive/${year}/${month}/`),
      );
    }
  });

  it('links each month to its days and each day to the same day in other years', () => {
    const dayLinks = hrefs(page('/archive/2024/03/')).filter((href) => /^\/archive\/\d{4}\/\d{2}\/\d{2}\/$/.test(href));
    expect(dayLinks).toEqual(['/archive/2024/03/15/']);
    expect(hrefs(page('/archive/2024/03/15/'))).toContain('/on-this-day/03-15/');
  });
});

describe('home and 404', () => {
  it('shows the latest articles and ways into the archive', () => {
    const root = page('/');
    const newest = [...articles.entries()].sort(([, a], [, b]) => String(b.date).localeCompare(String(a.date)))[0]!;
    expect(listedArticles(root)[0]).toBe(articlePath(newest[0]));
    expect(hrefs(root)).toEqual(
      expect.arrayContaining(['/archive/', '/people/', '/organisations/', '/events/', '/stories/']),
    );
  });
  it('has a 404 page that leads back into the archive', () => {
    expect(hrefs(page('/404.html'))).toEqual(expect.arrayContaining(['/', '/archive/']));
  });
  it('offers on the 404 page every section the header offers, in the same order', () => {
    const root = page('/404.html');
    const header = hrefs(root.querySelector('header.site-header nav')!);
    expect(header).toEqual(['/archive/', '/people/', '/organisations/', '/events/', '/stories/']);
    expect(hrefs(root.querySelector('main ul')!)).toEqual(['/', ...header]);
  });
});
