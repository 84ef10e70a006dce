import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/search/pagefind.ts';
import { searchedParts } from '../../src/search/searched-parts.ts';
import { ShardCache } from '../../src/search/shard-cache.ts';
import { fixtureDist, fixtureSearchShardSize, listPages } from './build-fixture.ts';
import { searchFiles, unindexedFixture } from './search-files.ts';

const quiet = { info: () => undefined, debug: () => undefined };
const shardSize = fixtureSearchShardSize;
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dateline-search-cache-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Corrects a word in the text of the newest article, as an editor fixing a typo would. */
function correctNewest(site: string): void {
  const file = newestArticle(site);
  writeFileSync(file, readFileSync(file, 'utf8').replace('</p>', ' (corrected)</p>'));
}

/** The newest article page of the site, which falls in the last shard. */
function newestArticle(site: string): string {
  const year = readdirSync(join(site, 'articles')).sort().at(-1) ?? '';
  const folder =
    readdirSync(join(site, 'articles', year))
      .sort()
      .at(-1) ?? '';
  return join(site, 'articles', year, folder, 'index.html');
}

describe('the search index after a rebuild', () => {
  it('copies every unchanged shard and indexes again only the shard whose article changed', async () => {
    const cache = new ShardCache(join(work, 'cache'));
    const site = unindexedFixture(work, 'site');
    const first = await indexSite(site, quiet, { cache, shardSize });
    expect(first.built).toBeGreaterThan(2);
    expect(first.reused).toBe(0);
    const built = searchFiles(site);

    const again = unindexedFixture(work, 'again');
    const second = await indexSite(again, quiet, { cache, shardSize });
    expect(second).toEqual({ articles: first.articles, built: 0, reused: first.built });
    expect(searchFiles(again)).toEqual(built);

    // What search does not read (here, past the end of the page) changes no shard.
    const around = unindexedFixture(work, 'around');
    appendFileSync(newestArticle(around), '<aside>A newer article</aside>');
    expect(await indexSite(around, quiet, { cache, shardSize })).toEqual(second);

    const edited = unindexedFixture(work, 'edited');
    correctNewest(edited);
    const third = await indexSite(edited, quiet, { cache, shardSize });
    expect(third).toEqual({ articles: first.articles, built: 1, reused: first.built - 1 });
    // What the cache gives is exactly what indexing the edited site from nothing gives.
    const fromNothing = unindexedFixture(work, 'from-nothing');
    correctNewest(fromNothing);
    await indexSite(fromNothing, quiet, { shardSize });
    expect(searchFiles(edited)).toEqual(searchFiles(fromNothing));
  });

  it('never takes a shard that another way of feeding Pagefind stored for one fed this way', async () => {
    const dir = join(work, 'cache-fed');
    const site = unindexedFixture(work, 'fed');
    const earlier = await indexSite(site, quiet, {
      cache: new ShardCache(dir, { feeding: 'the pages as a folder' }),
      shardSize,
    });
    expect(earlier.built).toBeGreaterThan(2);
    const now = await indexSite(unindexedFixture(work, 'fed-again'), quiet, { cache: new ShardCache(dir), shardSize });
    expect(now.reused).toBe(0);
    expect(now.built).toBe(earlier.built);
  });

  it('reads again only the pages whose files changed, and restores shards as links to the cache', async () => {
    const cache = new ShardCache(join(work, 'cache-kept'));
    const site = unindexedFixture(work, 'kept');
    // A time in whole seconds, which utimes can set back exactly.
    const page = newestArticle(site);
    const mtime = new Date('2025-01-01T00:00:00Z');
    utimesSync(page, mtime, mtime);
    const first = await indexSite(site, quiet, { cache, shardSize });
    const again = await indexSite(site, quiet, { cache, shardSize });
    expect(again).toEqual({ articles: first.articles, built: 0, reused: first.built });
    // Every restored file is the cache's, under a second name: nothing was copied.
    const restored = [...searchFiles(site).keys()].filter((file) => !file.endsWith('shards.json'));
    expect(restored.length).toBeGreaterThan(0);
    for (const file of restored) expect(statSync(join(site, file)).nlink, file).toBeGreaterThan(1);

    // A page file with the inode, size and time it had when read is not read again…
    const html = readFileSync(page, 'utf8');
    // The last character of the first paragraph of its text, which search reads, changed in place.
    const at = html.indexOf('</p>');
    const edited = `${html.slice(0, at - 1)}${html[at - 1] === '!' ? '?' : '!'}${html.slice(at)}`;
    writeFileSync(page, edited);
    utimesSync(page, mtime, mtime);
    expect(await indexSite(site, quiet, { cache, shardSize })).toEqual(again);
    // … and is when it was written since.
    utimesSync(page, mtime, new Date(mtime.getTime() + 1000));
    expect(await indexSite(site, quiet, { cache, shardSize })).toEqual({
      articles: first.articles,
      built: 1,
      reused: first.built - 1,
    });
  });

  it('reads only the text and facets of every article page, so lists around them change no shard', () => {
    const articles = listPages(fixtureDist).filter((path) => path.startsWith('/articles/'));
    expect(articles.length).toBeGreaterThan(0);
    for (const path of articles) {
      const html = readFileSync(join(fixtureDist, path, 'index.html'), 'utf8');
      expect(searchedParts(html).length, path).toBeLessThan(html.length);
    }
  });
});
