import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { fixtureArticles, fixtureDist, fixtureRegistry, listPages } from './build-fixture.ts';
import { page } from './html.ts';
import { hasPage } from '../../src/lib/trust.ts';

const SITE = 'http://localhost:4321';
const articles = fixtureArticles();
const articleUrl = (id: string) => `${SITE}/articles/${id}/`;

interface Item {
  title: string;
  link: string;
  description?: string;
  pubDate: string;
}

/** Every feed file in the build, as site paths. */
const feeds = readdirSync(fixtureDist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('rss.xml'))
  .map((file) => '/' + file.split(sep).join('/'))
  .sort();

/*
 * Characters XML 1.0 does not allow, raw or as character references: a strict parser (and so many
 * a feed reader) refuses the whole feed for one of them, but fast-xml-parser reads past them.
 */
function illegalXmlCharacters(xml: string): string[] {
  const legal = (code: number) =>
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  const raw = [...xml].filter((character) => !legal(character.codePointAt(0) ?? 0));
  const references = [...xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)]
    .map(([reference, digits = '']) => ({
      reference,
      code: digits.startsWith('x') ? parseInt(digits.slice(1), 16) : parseInt(digits, 10),
    }))
    .filter(({ code }) => !legal(code))
    .map(({ reference }) => reference);
  return [...raw.map((character) => `U+${(character.codePointAt(0) ?? 0).toString(16)}`), ...references];
}

/** A feed with legal characters only, parsed; text values exactly as the XML decodes them. */
function readFeed(path: string) {
  const xml = readFileSync(join(fixtureDist, path), 'utf8');
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), path).toBe(true);
  expect(illegalXmlCharacters(xml), path).toEqual([]);
  const parsed = new XMLParser({
    ignoreAttributes: false,
    trimValues: false,
    parseTagValue: false,
    isArray: (name) => name === 'item',
  }).parse(xml);
  return { rss: parsed.rss, items: (parsed.rss?.channel?.item ?? []) as Item[] };
}

/** What a feed reader shows for a title or description: RSS text is HTML, decoded once more. */
const shown = (html: string | undefined) => (html === undefined ? undefined : parse(html).text);

/* The fixture article whose headline and summary hold a form feed, U+FFFF and markup. */
const hostileId = '2022/2022-05-06-feed-hostile-text';
const hostileShown = {
  title: 'Loan book of <Bankhaus Centrale Credit AG> sold at a loss',
  description: 'The <Bankhaus Centrale Credit AG> sold its loan book & said <b>nothing</b> more.',
};

/** Fixture article ids, newest first (headline breaks ties), optionally only those matching. */
function expectedIds(keep: (data: Record<string, unknown>) => boolean): string[] {
  return [...articles.entries()]
    .filter(([, data]) => keep(data))
    .sort(
      ([idA, a], [idB, b]) =>
        String(b.date).localeCompare(String(a.date)) ||
        String(a.title).toLowerCase().localeCompare(String(b.title).toLowerCase()) ||
        idA.localeCompare(idB),
    )
    .map(([id]) => id);
}

/** Profile and story pages (first pages only, not pages of the A–Z indexes), each with a feed beside it. */
const pagesWithFeeds = listPages(fixtureDist).filter((path) =>
  /^\/(people|organisations|events|stories)\/(?!\d+\/$)[^/]+\/$/.test(path),
);

describe('every feed', () => {
  it('exists for the archive and for every profile and story', () => {
    expect(feeds).toEqual(['/rss.xml', ...pagesWithFeeds.map((path) => `${path}rss.xml`)].sort());
  });

  it.each(feeds)('%s parses as RSS 2.0 with a channel title, link and description', (path) => {
    const { rss, items } = readFeed(path);
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel.title).toMatch(/^Dateline: /);
    expect(rss.channel.link).toMatch(new RegExp(`^${SITE}/`));
    expect(String(rss.channel.description).length).toBeGreaterThan(0);
    expect(rss.channel['atom:link']['@_href']).toBe(`${SITE}${path}`);
    expect(items.length).toBeGreaterThan(0);
  });

  it.each(feeds)('%s gives each item a headline, summary, date and absolute link', (path) => {
    for (const item of readFeed(path).items) {
      const id = item.link.slice(`${SITE}/articles/`.length, -1);
      const data = articles.get(id);
      expect(data, item.link).toBeDefined();
      expect(shown(item.title)).toBe(id === hostileId ? hostileShown.title : data?.title);
      expect(shown(item.description)).toBe(id === hostileId ? hostileShown.description : data?.summary);
      expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(String(data?.date));
    }
  });
});

describe('feed text', () => {
  // Found without parsing, so a feed the parser refuses still gets its own failing test below.
  const withHostile = feeds.filter((path) =>
    readFileSync(join(fixtureDist, path), 'utf8').includes(`<link>${articleUrl(hostileId)}</link>`),
  );

  it('reaches the archive feed and the feed of the person named', () => {
    expect(withHostile).toEqual(['/people/lena-fischer/rss.xml', '/rss.xml']);
  });

  it.each(withHostile)(
    '%s shows the headline and summary as written, less what XML cannot hold, with no markup run',
    (path) => {
      const item = readFeed(path).items.find((entry) => entry.link === articleUrl(hostileId));
      expect({ title: shown(item?.title), description: shown(item?.description) }).toEqual(hostileShown);
      // The reader's HTML holds no element: the text's own tags arrive escaped.
      expect(parse(item?.description ?? '').querySelectorAll('*')).toHaveLength(0);
      expect(parse(item?.title ?? '').querySelectorAll('*')).toHaveLength(0);
    },
  );
});

describe('the archive feed', () => {
  it('lists every article, newest first', () => {
    expect(readFeed('/rss.xml').items.map((item) => item.link)).toEqual(expectedIds(() => true).map(articleUrl));
  });
  it('is linked from the home page and from an article page', () => {
    for (const path of ['/', '/articles/2025/2025-12-04-india-russia-military-cooperation-talks/']) {
      const links = page(path).querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
      expect(links.map((link) => link.getAttribute('href'))).toContain('/rss.xml');
    }
  });
});

describe('entity feeds', () => {
  const entities = (['people', 'organisations', 'events'] as const).flatMap((kind) =>
    fixtureRegistry(kind)
      // Only entities with a page have a feed.
      .filter((entity) => hasPage(kind, { status: 'confirmed', ...entity }))
      .map((entity) => ({ kind, id: entity.id, name: entity.name })),
  );
  const withArticles = entities.filter(({ kind, id }) =>
    [...articles.values()].some((data) => ((data[kind] as string[] | undefined) ?? []).includes(id)),
  );

  it.each(withArticles)('$kind/$id lists exactly the articles naming it, newest first', ({ kind, id, name }) => {
    const { rss, items } = readFeed(`/${kind}/${id}/rss.xml`);
    expect(shown(rss.channel.title)).toBe(`Dateline: ${name}`);
    // Escaped as HTML, so a reader taking the title as HTML finds no tag or entity of the name's own.
    expect(rss.channel.title).not.toMatch(/<|&(?!amp;|lt;|gt;|quot;)/);
    expect(items.map((item) => item.link)).toEqual(
      expectedIds((data) => ((data[kind] as string[] | undefined) ?? []).includes(id)).map(articleUrl),
    );
  });

  it.each(withArticles)('$kind/$id links its feed from every page of its profile', ({ kind, id }) => {
    const feedLinks = listPages(fixtureDist)
      .filter((path) => path.startsWith(`/${kind}/${id}/`) && !path.endsWith('.xml'))
      .map((path) =>
        page(path)
          .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
          .map((link) => link.getAttribute('href')),
      );
    expect(feedLinks.length).toBeGreaterThan(0);
    for (const links of feedLinks) expect(links).toContain(`/${kind}/${id}/rss.xml`);
  });
});

describe('story feeds', () => {
  it("lists the story's articles, whichever way its kicker was quoted", () => {
    const { items } = readFeed('/stories/putins-india-visit/rss.xml');
    expect(items.map((item) => item.link)).toEqual(
      expectedIds((data) => data.story === "Putin's India Visit").map(articleUrl),
    );
    expect(items).toHaveLength(2);
    expect(
      page('/stories/putins-india-visit/')
        .querySelectorAll('link[rel="alternate"]')
        .map((link) => link.getAttribute('href')),
    ).toContain('/stories/putins-india-visit/rss.xml');
  });
});
