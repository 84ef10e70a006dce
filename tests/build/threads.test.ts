import { describe, expect, it } from 'vitest';
import { fixtureArticles, fixtureDist, fileForPath, fixtureRegistry } from './build-fixture.ts';
import { hrefs, listedArticles, page } from './html.ts';

const articles = fixtureArticles();
const seed = '/articles/2025/2025-12-04-india-russia-military-cooperation-talks/';
const oldestFirst = (ids: string[]) =>
  ids
    .map((id) => ({ id, date: String(articles.get(id)?.date) }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map(({ id }) => `/articles/${id}/`);

describe('mentions in article text', () => {
  it('links the first mention of each entity in the front matter, once, to a page that exists', () => {
    for (const [id, data] of articles) {
      const mentions = page(`/articles/${id}/`).querySelectorAll('article .body a.mention');
      const targets = mentions.map((a) => a.getAttribute('href') ?? '');
      expect(new Set(targets).size).toBe(targets.length);
      for (const target of targets) expect(fileForPath(fixtureDist, target)).toBeDefined();
      const named = (['people', 'organisations', 'events'] as const).flatMap((kind) =>
        ((data[kind] as string[] | undefined) ?? []).map((entity) => `/${kind}/${entity}/`),
      );
      for (const target of targets) expect(named).toContain(target);
    }
  });

  it('links the first time the text names someone, whatever name it uses', () => {
    const body = page(seed).querySelector('article .body')!;
    const singh = body.querySelectorAll('a.mention').find((a) => a.getAttribute('href') === '/people/rajnath-singh/');
    expect(singh?.text).toContain('Rajnath Singh');
    expect(body.querySelectorAll('a[href="/people/rajnath-singh/"]')).toHaveLength(1);
  });

  it('never puts a mention link inside a heading', () => {
    for (const id of articles.keys()) {
      expect(page(`/articles/${id}/`).querySelectorAll('h1 a.mention, h2 a.mention, h3 a.mention')).toHaveLength(0);
    }
  });

  it('leaves the ambiguous surname "Singh" unlinked when two Singhs are known', () => {
    const body = page('/articles/2023/2023-11-02-singh-memoir/').querySelector('article .body')!;
    expect(body.querySelectorAll('a.mention').map((a) => a.text)).toEqual(['Manmohan Singh']);
  });
});

describe('events', () => {
  it('lists the articles about an event in time order, with its dates and the people involved', () => {
    const ids = [...articles.entries()]
      .filter(([, data]) => (data.events as string[] | undefined)?.includes('23rd-india-russia-annual-summit'))
      .map(([id]) => id);
    const root = page('/events/23rd-india-russia-annual-summit/');
    expect(listedArticles(root)).toEqual(oldestFirst(ids));
    expect(root.querySelector('.facts time')?.getAttribute('datetime')).toBe('2025-12-04');
    expect(hrefs(root)).toEqual(expect.arrayContaining(['/people/rajnath-singh/', '/people/vladimir-putin/']));
  });

  it('links numbered events of a series to each other', () => {
    expect(
      page('/events/23rd-india-russia-annual-summit/').querySelector('nav.series a[rel="prev"]')?.getAttribute('href'),
    ).toBe('/events/22nd-india-russia-annual-summit/');
    expect(
      page('/events/22nd-india-russia-annual-summit/').querySelector('nav.series a[rel="next"]')?.getAttribute('href'),
    ).toBe('/events/23rd-india-russia-annual-summit/');
  });

  it('lists every event that has articles on the events index', () => {
    const listed = hrefs(page('/events/')).filter((href) => /^\/events\/[^/]+\/$/.test(href));
    expect(listed.sort()).toEqual(
      fixtureRegistry('events')
        .map((event) => `/events/${event.id}/`)
        .sort(),
    );
  });
});

describe('stories', () => {
  it('lists a story oldest first and gives each article its place in it', () => {
    const ids = [...articles.entries()].filter(([, data]) => data.story === 'Global Economy').map(([id]) => id);
    expect(listedArticles(page('/stories/global-economy/'))).toEqual(oldestFirst(ids));
    const [first, second] = oldestFirst(ids);
    const nav = page(first!).querySelector('nav.story-nav');
    expect(nav?.text).toContain('Part 1 of 2');
    expect(nav?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(second);
  });
});

describe('profiles', () => {
  it('draws a co-mention network of the names the co-mention lists give, listing them only once', () => {
    const profile = page('/people/rajnath-singh/');
    const figure = profile.querySelector('figure[data-network]')!;
    const nodes = figure.querySelectorAll('svg [data-node]').map((node) => node.getAttribute('data-node'));
    const listed = profile
      .querySelectorAll('.co-mentions [data-list="entities"] a')
      .map((a) => (a.getAttribute('href') ?? '').replace(/^\/([^/]+)\/([^/]+)\/$/, '$1:$2'));
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) expect(listed).toContain(node);
    expect(new Set(listed).size).toBe(listed.length);
    expect(figure.querySelector('[data-list]')).toBeNull();
    expect(figure.querySelector('svg [data-centre]')?.getAttribute('data-centre')).toBe('people:rajnath-singh');
  });

  it('shows the roles a person was given with the dates they were seen', () => {
    const facts = page('/people/rajnath-singh/').querySelector('.facts')!.text.replace(/\s+/g, ' ');
    // The dates are of the articles that gave the role, and say so: they are not a term of office.
    expect(facts).toContain('Home Minister (seen in the archive 31 May 2019)');
    expect(facts).toContain('Defence Minister (seen in the archive 1 February 2021 to 4 December 2025)');
  });

  it('lists related articles and on-this-day pages', () => {
    expect(listedArticles(page(seed)).length).toBeGreaterThan(0);
    expect(listedArticles(page('/on-this-day/03-15/')).sort()).toEqual(
      [...articles.entries()]
        .filter(([, d]) => String(d.date).endsWith('-03-15'))
        .map(([id]) => `/articles/${id}/`)
        .sort(),
    );
  });
});
