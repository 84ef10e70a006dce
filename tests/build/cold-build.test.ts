import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildArchive,
  fixtureDir,
  fixtureEnv,
  fixtureSearchShardSize,
  repoRoot,
  type BuildResult,
} from './build-fixture.ts';
import { outputFolders } from '../../src/build/output.ts';
import { indexSite } from '../../src/search/pagefind.ts';
import { cacheDirFor } from '../../src/site/config.ts';
import { searchFiles } from './search-files.ts';

/*
 * A cold build writes each page it renders once: its copy in Astro's incremental cache is a second
 * name of the page's file (src/build/link-cache-copies.ts). With DATELINE_EARLY_SEARCH=1 it indexes the search shards while Astro still renders the other pages, each once its
 * article pages are all written (src/search/early-cli.ts), and the search step after Astro copies
 * them from its cache. The index must be exactly the one indexing the finished site gives.
 */

const content = 'tests/.tmp/cold-build/content';
const out = 'tests/.tmp/cold-build/dist';
const outPath = join(repoRoot, out);
let work: string;
let cold: BuildResult;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dateline-cold-build-'));
  rmSync(join(repoRoot, 'tests/.tmp/cold-build'), { recursive: true, force: true });
  cpSync(join(repoRoot, fixtureDir), join(repoRoot, content), { recursive: true });
  // Text no other build has indexed, so that no shard is in the search step's cache already.
  const articles = join(repoRoot, content, 'articles');
  const unique = `Reprinted ${Date.now()}.`;
  for (const file of readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('.mdx'),
  )) {
    appendFileSync(join(articles, file), `\n${unique}\n`);
  }
  // Cold: no Astro cache and no staging folder of an earlier build of this archive.
  rmSync(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
  const { staging, kept } = outputFolders(repoRoot, outPath);
  for (const folder of [staging, kept]) rmSync(folder, { recursive: true, force: true });
  cold = buildArchive(
    content,
    out,
    { ...fixtureEnv, DATELINE_SEARCH_SHARD_SIZE: String(fixtureSearchShardSize), DATELINE_EARLY_SEARCH: '1' },
    [],
  );
  if (cold.status !== 0) throw new Error(`the cold build failed:\n${cold.output}`);
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a cold build indexes search shards while its pages are built', () => {
  it('indexes shards before Astro has finished, and the search step copies them', () => {
    const early = /indexed (\d+) of (\d+) shard\(s\) while the pages were built \(0 found/.exec(cold.output);
    expect(early, cold.output).not.toBeNull();
    const [indexedEarly, shards] = [Number(early?.[1]), Number(early?.[2])];
    expect(shards).toBeGreaterThan(2);
    expect(indexedEarly).toBeGreaterThan(0);
    const final = /in (\d+) shard\(s\) \((\d+) built, (\d+) unchanged\)/.exec(cold.output);
    expect(Number(final?.[1])).toBe(shards);
    expect(Number(final?.[2])).toBe(shards - indexedEarly);
    expect(Number(final?.[3])).toBe(indexedEarly);
    // Astro's own log of its last page comes before the search step's.
    expect(cold.output.indexOf('while the pages were built')).toBeLessThan(cold.output.indexOf('site built'));
  });

  it('gives the index that indexing the finished site gives, byte for byte', async () => {
    const site = join(work, 'site');
    cpSync(outPath, site, { recursive: true, filter: (source) => !/[/\\]pagefind(-\d+)?$/.test(source) });
    const quiet = { info: () => undefined, debug: () => undefined };
    await indexSite(site, quiet, { shardSize: fixtureSearchShardSize });
    expect(searchFiles(outPath)).toEqual(searchFiles(site));
  });
});

describe('a cold build writes each page once', () => {
  it('makes the incremental cache’s copy of every page a second name of the page', () => {
    const cached = join(repoRoot, cacheDirFor(content), 'dist');
    const pages = readdirSync(cached, { recursive: true, encoding: 'utf8' }).filter((path) =>
      statSync(join(cached, path)).isFile(),
    );
    expect(pages.length).toBeGreaterThan(100);
    expect(pages).toContain(join('articles', '2019', '2019-10-15-imf-warns', 'index.html'));
    for (const page of pages) {
      expect(statSync(join(cached, page)).ino, page).toBe(statSync(join(outPath, page)).ino);
    }
  });
});

describe('a cold build without DATELINE_EARLY_SEARCH=1', () => {
  it('leaves the whole search index to the step after Astro', () => {
    rmSync(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
    const { staging, kept } = outputFolders(repoRoot, outPath);
    for (const folder of [staging, kept]) rmSync(folder, { recursive: true, force: true });
    const later = buildArchive(
      content,
      out,
      { ...fixtureEnv, DATELINE_SEARCH_SHARD_SIZE: String(fixtureSearchShardSize) },
      [],
    );
    expect(later.status, later.output).toBe(0);
    expect(later.output).not.toContain('while the pages were built');
    expect(later.output).toMatch(/indexed \d+ articles for search in \d+ shard\(s\)/);
  });
});
