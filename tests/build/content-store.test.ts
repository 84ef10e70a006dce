import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticles, fixtureDir, repoRoot } from './build-fixture.ts';
import { page } from './html.ts';

/*
 * Astro bundles the whole content store into the build and keeps it until the build ends, so
 * what the store holds per article is memory paid once per article by every build. Bodies are
 * rendered when their page is; the store keeps front matter and digests only.
 */

/** The content store the fixture build wrote, in the cache folder astro.config.mjs gives the fixture. */
const cacheDir = join(repoRoot, 'node_modules', '.astro', fixtureDir.replace(/[^A-Za-z0-9]+/g, '-'));
const store = readFileSync(join(cacheDir, 'data-store.json'), 'utf8');

describe('the content store of a build', () => {
  it('holds every article, by its file', () => {
    for (const id of fixtureArticles().keys()) expect(store).toContain(`articles/${id}.mdx`);
  });

  it('holds no rendered article body, while each page shows its body with its mentions linked', () => {
    const body = page('/articles/2019/2019-10-15-imf-warns/').querySelector('article .body');
    expect(body?.querySelector('a.mention')?.text).toBe('IMF');
    expect(body?.text).toContain('warned that trade was slowing.');
    expect(store).not.toContain('warned that trade was slowing.');
    expect(store).not.toContain('class=\\"mention\\"');
    expect(store).not.toContain('<p>');
  });

  it("keeps content sync's record of the files it read beside the store, not in it", () => {
    const record = JSON.parse(readFileSync(join(cacheDir, 'dateline-article-files.json'), 'utf8')) as {
      files: Record<string, string>;
    };
    expect(Object.keys(record.files).sort()).toEqual([...fixtureArticles().keys()].sort());
    expect(store).not.toContain('"read:');
  });
});
