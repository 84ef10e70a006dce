import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { hasPage } from '../../src/lib/trust.ts';
import { describe, expect, it } from 'vitest';
import {
  fileForPath,
  fixtureArticles,
  fixtureDist,
  fixtureRegistry,
  fixtureSearchShardSize,
  listPages,
  shownText,
} from './build-fixture.ts';
import { page } from './html.ts';

const SITE = 'http://localhost:4321';
const articles = fixtureArticles();
const pages = listPages(fixtureDist);
const contentPages = pages.filter((path) => path !== '/404.html');

/** The site path of an absolute URL on this site, or undefined for another site. */
function sitePath(url: string): string | undefined {
  return url.startsWith(`${SITE}/`) ? url.slice(SITE.length) : undefined;
}

/** Every JSON-LD block of a page, parsed. */
function jsonLd(path: string): Record<string, unknown>[] {
  return page(path)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}

const names = new Map(
  (['people', 'organisations'] as const).flatMap((kind) =>
    fixtureRegistry(kind).map((entity) => [`${kind}:${entity.id}`, entity] as const),
  ),
);

describe('canonical URLs and link previews', () => {
  it.each(contentPages)('%s has exactly one canonical URL, its own', (path) => {
    const canonical = page(path).querySelectorAll('link[rel="canonical"]');
    expect(canonical).toHaveLength(1);
    expect(canonical[0]?.getAttribute('href')).toBe(`${SITE}${path}`);
  });
  it('keeps the 404 page, served at every missing address, out of search engines', () => {
    const root = page('/404.html');
    expect(root.querySelectorAll('link[rel="canonical"]')).toHaveLength(0);
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it.each(contentPages)('%s has OpenGraph and Twitter card meta', (path) => {
    const root = page(path);
    const meta = (selector: string) => root.querySelector(`meta[${selector}]`)?.getAttribute('content');
    expect(meta('property="og:title"')).toBeTruthy();
    expect(meta('property="og:description"')).toBeTruthy();
    expect(meta('property="og:url"')).toBe(`${SITE}${path}`);
    expect(meta('property="og:type"')).toBe(path.startsWith('/articles/') ? 'article' : 'website');
    expect(meta('name="twitter:card"')).toBe('summary');
    expect(meta('name="twitter:title"')).toBe(meta('property="og:title"'));
  });

  it.each([...articles.entries()])('article %s previews with its headline, summary and date', (id, data) => {
    const root = page(`/articles/${id}/`);
    const meta = (property: string) => root.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(meta('og:title')).toBe(shownText(data.title));
    if (data.summary) expect(meta('og:description')).toBe(shownText(data.summary));
    expect(meta('article:published_time')).toBe(String(data.date));
  });
});

describe('sitemap and robots.txt', () => {
  const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
  const index = parser.parse(readFileSync(join(fixtureDist, 'sitemap-index.xml'), 'utf8'));
  const sitemaps: string[] = index.sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc);
  const listed = sitemaps.flatMap((loc) => {
    const file = join(fixtureDist, sitePath(loc) ?? '');
    return parser.parse(readFileSync(file, 'utf8')).urlset.url.map((entry: { loc: string }) => entry.loc) as string[];
  });

  it('lists every page but the 404 page, once', () => {
    expect([...listed].sort()).toEqual(contentPages.map((path) => `${SITE}${path}`).sort());
  });
  it('lists its pages in the order the sitemap integration sorts them in', () => {
    // This process sorts with Node's own localeCompare; the build sorted with astro-kept-collator.ts's.
    expect(listed).toEqual([...listed].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });
  it('lists no page that does not exist', () => {
    const missing = listed.filter((url) => {
      const path = sitePath(url);
      return path === undefined || !fileForPath(fixtureDist, path);
    });
    expect(missing).toEqual([]);
  });
  it('is named in robots.txt', () => {
    const robots = readFileSync(join(fixtureDist, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
    expect(existsSync(join(fixtureDist, 'sitemap-index.xml'))).toBe(true);
  });
});

/**
 * Pages below a section's own index (an article, a day, a month, a profile, a story) say in
 * structured data what they are or where they sit; only the home page, the section indexes (with
 * the later pages of an A–Z index) and the 404 page may go without.
 */
const sectionIndex = /^\/([^/]+\/)?$|^\/(people|organisations|events|stories)\/\d+\/$|^\/404\.html$/;
const structuredPages = pages.filter((path) => !sectionIndex.test(path));

describe('structured data', () => {
  it.each(structuredPages)('%s, below a section, has JSON-LD', (path) => {
    expect(jsonLd(path).length).toBeGreaterThan(0);
  });

  it.each(pages)('%s has JSON-LD that parses, with a schema.org context and a type', (path) => {
    for (const block of jsonLd(path)) {
      expect(block['@context']).toBe('https://schema.org');
      expect(typeof block['@type']).toBe('string');
    }
  });

  it.each([...articles.entries()])('article %s is a NewsArticle naming its people and organisations', (id, data) => {
    const blocks = jsonLd(`/articles/${id}/`).filter((block) => block['@type'] === 'NewsArticle');
    expect(blocks).toHaveLength(1);
    const article = blocks[0]!;
    expect(article.headline).toBe(shownText(data.title));
    expect(article.datePublished).toBe(String(data.date));
    expect(article.url).toBe(`${SITE}/articles/${id}/`);
    if (data.summary) expect(article.description).toBe(shownText(data.summary));
    // Only entities with a page are vouched for in structured data; the rest are left out.
    const expected = (['people', 'organisations'] as const).flatMap((kind) =>
      ((data[kind] as string[] | undefined) ?? []).flatMap((entityId) => {
        const entity = names.get(`${kind}:${entityId}`);
        if (!entity || !hasPage(kind, { status: 'confirmed', ...entity })) return [];
        return [
          {
            '@type': kind === 'people' ? 'Person' : 'Organization',
            name: entity.name,
            url: `${SITE}/${kind}/${entityId}/`,
          },
        ];
      }),
    );
    expect(article.mentions).toEqual(expected);
    for (const mention of article.mentions as { url?: string }[]) {
      if (mention.url) expect(fileForPath(fixtureDist, sitePath(mention.url) ?? '')).toBeDefined();
    }
  });

  it.each(pages.filter((path) => /^\/(people|organisations)\/(?!\d+\/$)[^/]+\/$/.test(path)))(
    'profile %s describes its Person or Organization',
    (path) => {
      const type = path.startsWith('/people/') ? 'Person' : 'Organization';
      const blocks = jsonLd(path).filter((block) => block['@type'] === type);
      expect(blocks).toHaveLength(1);
      expect(blocks[0]?.name).toBe(page(path).querySelector('h1')?.text);
      expect(blocks[0]?.url).toBe(`${SITE}${path}`);
    },
  );

  it.each(pages.filter((path) => path.startsWith('/archive/')))(
    'archive page %s has a BreadcrumbList ending at itself',
    (path) => {
      const blocks = jsonLd(path).filter((block) => block['@type'] === 'BreadcrumbList');
      expect(blocks).toHaveLength(1);
      const items = blocks[0]?.itemListElement as { position: number; name: string; item: string }[];
      expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
      expect(items[0]?.item).toBe(`${SITE}/`);
      // A later page of a day's list ends its trail at the day it belongs to.
      expect(path.startsWith(sitePath(items.at(-1)?.item ?? '') ?? '-')).toBe(true);
      for (const item of items) {
        expect(item.name.length).toBeGreaterThan(0);
        expect(fileForPath(fixtureDist, sitePath(item.item) ?? '')).toBeDefined();
      }
    },
  );
});

describe('search index', () => {
  const extra = JSON.parse(readFileSync(join(fixtureDist, 'pagefind', 'shards.json'), 'utf8')) as string[];
  const shardPages = ['pagefind/', ...extra].map((folder) => {
    const entry = JSON.parse(readFileSync(join(fixtureDist, folder, 'pagefind-entry.json'), 'utf8'));
    const counts = Object.values(entry.languages as Record<string, { page_count: number }>).map((l) => l.page_count);
    return counts.reduce((a, b) => a + b, 0);
  });

  it('splits the index into shards no larger than asked, listed beside the first', () => {
    expect(extra.length).toBeGreaterThan(0);
    for (const count of shardPages) expect(count).toBeLessThanOrEqual(fixtureSearchShardSize);
  });
  it('indexes the article pages and nothing else', () => {
    expect(shardPages.reduce((a, b) => a + b, 0)).toBe(articles.size);
    const marked = pages.filter((path) => page(path).querySelector('[data-pagefind-body]'));
    expect(marked).toEqual([...articles.keys()].map((id) => `/articles/${id}/`).sort());
  });
  it('leaves the dateline and entity lists out of the indexed text', () => {
    const body = page('/articles/2025/2025-12-04-india-russia-military-cooperation-talks/').querySelector(
      '[data-pagefind-body]',
    );
    for (const selector of ['.dateline', '.entities']) {
      expect(body?.querySelector(selector)?.hasAttribute('data-pagefind-ignore'), selector).toBe(true);
    }
  });
});
