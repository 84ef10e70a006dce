import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildArchive,
  fileForPath,
  fixtureDir,
  fixtureEnv,
  fixtureSearchShardSize,
  listPages,
  repoRoot,
} from './build-fixture.ts';
import { crawl } from './crawl.ts';
import { page } from './html.ts';

/** The fixture archive built a second time, for a site published under a folder of another origin. */
const dist = join(repoRoot, 'tests/.tmp/archive-base-dist');
const SITE = 'https://example.org';
const BASE = '/news/';
const root = `${SITE}/news`;

beforeAll(() => {
  rmSync(dist, { recursive: true, force: true });
  const result = buildArchive(fixtureDir, dist, {
    ...fixtureEnv,
    DATELINE_SEARCH_SHARD_SIZE: String(fixtureSearchShardSize),
    DATELINE_SITE: SITE,
    DATELINE_BASE: BASE,
  });
  if (result.status !== 0) throw new Error(`building under ${BASE} failed:\n${result.output}`);
});

/** Absolute URLs of this site must point under the base at a file that exists. */
function brokenAbsolute(urls: string[]): string[] {
  return urls.filter((url) => !url.startsWith(`${root}/`) || !fileForPath(dist, url.slice(root.length)));
}

function allFiles(suffix: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.split(sep).join('/'));
}

describe('a site built under a base path', () => {
  it('has no broken link anywhere a reader can reach', () => {
    const { broken } = crawl(dist, BASE);
    expect(broken).toEqual([]);
  });

  it('reaches every page from the home page', () => {
    const { visited } = crawl(dist, BASE);
    const unreachable = listPages(dist).filter((path) => path !== '/404.html' && !visited.has(`/news${path}`));
    expect(unreachable).toEqual([]);
  });

  it('gives every page a canonical URL and og:url under the base', () => {
    const urls = listPages(dist)
      .filter((path) => path !== '/404.html')
      .flatMap((path) => {
        const html = page(path, dist);
        const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
        expect(canonical).toBe(`${root}${path}`);
        return [canonical, html.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? ''];
      });
    expect(brokenAbsolute(urls)).toEqual([]);
  });

  it('links every JSON-LD URL under the base', () => {
    const urls = listPages(dist).flatMap((path) =>
      page(path, dist)
        .querySelectorAll('script[type="application/ld+json"]')
        .flatMap((script) => [...script.textContent.matchAll(/"(https?:\/\/[^"]+)"/g)].map((match) => match[1]!))
        .filter((url) => url.startsWith(SITE)),
    );
    expect(urls.length).toBeGreaterThan(0);
    expect(brokenAbsolute(urls)).toEqual([]);
  });

  it('links every feed item and channel under the base', () => {
    const feeds = allFiles('rss.xml');
    expect(feeds.length).toBeGreaterThan(1);
    const urls = feeds.flatMap((file) =>
      [...readFileSync(join(dist, file), 'utf8').matchAll(/<link>([^<]+)<\/link>|href="([^"]+)"/g)].map(
        (match) => (match[1] ?? match[2])!,
      ),
    );
    expect(brokenAbsolute(urls)).toEqual([]);
  });

  it('lists sitemap entries under the base, and robots.txt names the sitemap there', () => {
    const urls = allFiles('.xml')
      .filter((file) => file.startsWith('sitemap'))
      .flatMap((file) =>
        [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
      );
    expect(urls.length).toBe(listPages(dist).length - 1 + 1); // every page but 404, plus the sitemap itself
    expect(brokenAbsolute(urls)).toEqual([]);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${root}/sitemap-index.xml`);
  });

  it('loads the search index from under the base and puts the base in front of results', () => {
    const search = page('/search/', dist).querySelector('#search');
    expect(search?.getAttribute('data-bundle')).toBe('/news/pagefind/');
    expect(search?.getAttribute('data-base')).toBe('/news/');
    expect(fileForPath(dist, '/pagefind/pagefind.js')).toBeDefined();
    // Shards are listed relative to the base, which the search page puts in front.
    const extra = JSON.parse(readFileSync(join(dist, 'pagefind', 'shards.json'), 'utf8')) as string[];
    expect(extra.length).toBeGreaterThan(0);
    for (const folder of extra) expect(fileForPath(dist, `/${folder}pagefind.js`), folder).toBeDefined();
  });
});
