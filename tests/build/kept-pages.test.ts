import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, fixtureDir, repoRoot, type BuildResult } from './build-fixture.ts';
import { outputFolders } from '../../src/build/output.ts';
import { cacheDirFor } from '../../src/site/config.ts';

/*
 * A rebuild starts from the staging folder the last build published (or, after a failed build,
 * from the pages of Astro's incremental cache linked into an empty one), so the pages it skips
 * are neither copied nor rendered, and publishing changes only the files that differ
 * (src/build/reuse.ts, src/build/publish-changes.ts). Those files are shared with the published
 * site: a page rendered again must become a new file, or a build that fails later would already
 * have changed the site it was to leave alone; and a page the archive no longer makes must not
 * survive in the new site.
 */

const work = join(repoRoot, 'tests/.tmp/kept-pages');
const content = 'tests/.tmp/kept-pages/content';
const out = 'tests/.tmp/kept-pages/dist';
const fresh = 'tests/.tmp/kept-pages/fresh';
const outPath = join(repoRoot, out);
const article = 'articles/2019/2019-10-15-imf-warns';
const articleFile = join(repoRoot, content, `${article}.mdx`);
const removedArticle = join(repoRoot, content, 'articles/2022/2022-01-10-quiet-week.mdx');

/** Every file under a folder with its bytes, by path. */
function snapshot(dir: string, keep: (path: string) => boolean = () => true): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => keep(path) && statSync(join(dir, path)).isFile())
    .sort();
  return new Map(files.map((path) => [path, readFileSync(join(dir, path))]));
}

/**
 * Pages as Astro logged them: `cached` (skipped, already in place), `restored` (skipped, copied
 * from its cache) or `rendered` (a page's time follows later, maybe after other pages' names).
 */
const logged = (result: BuildResult, how: 'cached' | 'restored' | 'rendered') =>
  [...result.output.matchAll(/[├└]─ (\/\S*?\.(?:html|xml|txt))(?: \((restored|cached)\))?/g)]
    .filter((match) => (match[2] ?? 'rendered') === how)
    .map((match) => match[1] ?? '');

let kept: BuildResult;
/** The published article page's inode before the unchanged rebuild. */
let inode: number;

describe('a rebuild keeps the last build’s pages in place', () => {
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    cpSync(join(repoRoot, fixtureDir), join(repoRoot, content), { recursive: true });
    rmSync(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
    for (let build = 0; build < 2; build += 1) {
      const result = buildArchive(content, out, {}, []);
      if (result.status !== 0) throw new Error(`build ${build + 1} failed:\n${result.output}`);
    }
    inode = statSync(join(outPath, article, 'index.html')).ino;
    kept = buildArchive(content, out, {}, []);
    if (kept.status !== 0) throw new Error(`the unchanged rebuild failed:\n${kept.output}`);
  });

  it('skips unchanged pages where they lie, and leaves their published files alone', () => {
    expect(kept.output).toContain('starting from the last published build');
    expect(logged(kept, 'cached')).toContain(`/${article}/index.html`);
    expect(logged(kept, 'restored')).toEqual([]);
    expect(statSync(join(outPath, article, 'index.html')).ino).toBe(inode);
  });

  it('writes a page it renders again as a new file, so a build that then fails leaves the site as it was', () => {
    const before = snapshot(outPath);
    const source = readFileSync(articleFile, 'utf8');
    writeFileSync(articleFile, source.replace('\n\n', '\n\nA sentence the failed build added.\n\n'));
    // The site builds, the search index does not: the build fails after Astro wrote its pages.
    const failed = buildArchive(content, out, { DATELINE_SEARCH_SHARD_SIZE: '0' }, []);
    writeFileSync(articleFile, source);
    expect(failed.status).not.toBe(0);
    expect(logged(failed, 'rendered')).toContain(`/${article}/index.html`);
    const after = snapshot(outPath);
    const changed = [...before.keys()].filter((path) => !before.get(path)?.equals(after.get(path) ?? Buffer.alloc(0)));
    expect(changed).toEqual([]);
    expect([...after.keys()]).toEqual([...before.keys()]);
  });

  it('after a failed build, starts from the pages in Astro’s cache, linked rather than copied', () => {
    const result = buildArchive(content, out, {}, []);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/starting from \d+ pages of Astro's cache/);
    expect(logged(result, 'restored')).toEqual([]);
    // A page the build skipped is, in the staging folder the site was published from, the very
    // file Astro's cache holds (the site itself keeps its own file where the bytes are the same).
    const skipped = logged(result, 'cached').find((path) => path.startsWith('/articles/'));
    expect(skipped).toBeDefined();
    const page = join(outputFolders(repoRoot, outPath).staging, skipped ?? '');
    const cached = join(repoRoot, cacheDirFor(content), 'dist', skipped ?? '');
    expect(statSync(page).ino).toBe(statSync(cached).ino);
  });

  it('drops the pages the archive no longer makes, and builds what a build from nothing builds', () => {
    rmSync(removedArticle);
    const result = buildArchive(content, out, {}, []);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/removed [1-9]\d* files of the last build/);
    expect(existsSync(join(outPath, 'articles/2022/2022-01-10-quiet-week'))).toBe(false);

    cpSync(join(repoRoot, content), join(repoRoot, `${fresh}-content`), { recursive: true });
    const cold = buildArchive(`${fresh}-content`, fresh, {}, ['--silent', '--force']);
    expect(cold.status, cold.output).toBe(0);
    // The search index is compared by search-cache.test.ts; here, every page, feed and asset.
    const site = (path: string) => !path.startsWith('pagefind');
    const rebuilt = snapshot(outPath, site);
    const expected = snapshot(join(repoRoot, fresh), site);
    expect([...rebuilt.keys()]).toEqual([...expected.keys()]);
    const differ = [...expected.keys()].filter(
      (path) => !expected.get(path)?.equals(rebuilt.get(path) ?? Buffer.alloc(0)),
    );
    expect(differ).toEqual([]);
  });
});
