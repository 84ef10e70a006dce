import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/site/config.ts';
import { buildArchive, fixtureDir, repoRoot } from './build-fixture.ts';
import { searchFiles } from './search-files.ts';

/*
 * An archive is built, then grows by one article while an editor renames a person and rewrites an
 * article's headline and text, and is built again reusing the first build. The result must be exactly what a build from nothing makes of
 * the same content, while most pages are copied rather than rendered.
 */

const work = join(repoRoot, 'tests/.tmp/incremental');
const grown = 'tests/.tmp/incremental/grown';
const fresh = 'tests/.tmp/incremental/fresh';

/*
 * Astro keeps a copy of every page it renders in its cache folder (`dist/` there) and, on a later
 * build, copies a page it can skip from that copy instead of rendering it. So a page rendered by
 * the rebuild is one whose cached copy was written again (new modification time, or new file); a
 * page whose copy is exactly as the first build left it was copied, not rendered.
 */
const cachedPages = join(repoRoot, cacheDirFor(grown), 'dist');

/** When each cached page was last written, by output file (`people/x/index.html`). */
function cacheWrites(): Map<string, bigint> {
  if (!existsSync(cachedPages)) return new Map();
  return new Map(
    readdirSync(cachedPages, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.split(sep).join('/'), statSync(join(cachedPages, file), { bigint: true }).mtimeNs]),
  );
}

let afterFirst: Map<string, bigint>;
let afterRebuild: Map<string, bigint>;

function addArticleAndRename(content: string): void {
  const source = readFileSync(join(repoRoot, content, 'articles/2021/2021-02-01-singh-1.mdx'), 'utf8');
  mkdirSync(join(repoRoot, content, 'articles/2025'), { recursive: true });
  writeFileSync(
    join(repoRoot, content, 'articles/2025/2025-02-02-budget-again.mdx'),
    source.replace('date: 2021-02-01', 'date: 2025-02-02').replace('rises by a tenth', 'rises again'),
  );
  const peopleFile = join(repoRoot, content, 'people.json');
  const people = JSON.parse(readFileSync(peopleFile, 'utf8')) as { id: string; name: string }[];
  const belousov = people.find((person) => person.id === 'andrei-belousov');
  if (!belousov) throw new Error('the fixture lost andrei-belousov');
  belousov.name = 'Andrey Belousov';
  writeFileSync(peopleFile, `${JSON.stringify(people, null, 2)}\n`);
  // An article only edited: every page that shows its headline or its text must change with it.
  const edited = join(repoRoot, content, 'articles/2020/2020-04-30-lockdown-ports.mdx');
  writeFileSync(
    edited,
    readFileSync(edited, 'utf8')
      .replace('Ports stay open through lockdown', 'Ports stay open through the lockdown')
      .replace('kept the ports open', 'kept every port open'),
  );
}

/** Every file of a built site except the search index, by path. */
function siteFiles(dist: string): Map<string, Buffer> {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
    (file) => !file.startsWith('pagefind') && /\.(html|xml|txt)$/.test(file),
  );
  return new Map(files.sort().map((file) => [file, readFileSync(join(dist, file))]));
}

describe('a rebuild after the archive changes', () => {
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    // Without the copies an earlier run left, every copy below was written by these builds.
    rmSync(join(repoRoot, cacheDirFor(grown)), { recursive: true, force: true });
    cpSync(join(repoRoot, fixtureDir), join(repoRoot, grown), { recursive: true });
    const first = buildArchive(grown, `${grown}-dist`, {}, ['--silent', '--force']);
    if (first.status !== 0) throw new Error(`first build failed:\n${first.output}`);

    afterFirst = cacheWrites();

    addArticleAndRename(grown);
    const rebuild = buildArchive(grown, `${grown}-dist`);
    afterRebuild = cacheWrites();
    if (rebuild.status !== 0) throw new Error(`rebuild failed:\n${rebuild.output}`);

    cpSync(join(repoRoot, grown), join(repoRoot, fresh), { recursive: true });
    const cold = buildArchive(fresh, `${fresh}-dist`, {}, ['--silent', '--force']);
    if (cold.status !== 0) throw new Error(`build from nothing failed:\n${cold.output}`);
  });

  const copied = () => [...afterRebuild].filter(([file, written]) => afterFirst.get(file) === written).map(([f]) => f);
  const rendered = () =>
    [...afterRebuild].filter(([file, written]) => afterFirst.get(file) !== written).map(([f]) => f);

  it('copies unchanged pages instead of rendering them', () => {
    expect(afterFirst.size).toBeGreaterThan(0);
    expect(copied()).toContain('articles/2019/2019-10-15-imf-warns/index.html');
    expect(copied().length).toBeGreaterThan(rendered().length);
    const published = join(repoRoot, `${grown}-dist`, 'articles/2019/2019-10-15-imf-warns/index.html');
    expect(readFileSync(published)).toEqual(
      readFileSync(join(cachedPages, 'articles/2019/2019-10-15-imf-warns/index.html')),
    );
  });

  it('renders again every page the change reaches', () => {
    expect(rendered()).toEqual(
      expect.arrayContaining([
        'articles/2025/2025-02-02-budget-again/index.html',
        'people/rajnath-singh/index.html',
        'people/andrei-belousov/index.html',
        'archive/2025/index.html',
        'articles/2020/2020-04-30-lockdown-ports/index.html',
        'articles/2020/2020-04-14-imf-crisis/index.html',
        'archive/2020/04/30/index.html',
        'organisations/harbour-and-rail-authority/index.html',
      ]),
    );
  });

  it('writes exactly the site a build from nothing writes', () => {
    const incremental = siteFiles(join(repoRoot, `${grown}-dist`));
    const scratch = siteFiles(join(repoRoot, `${fresh}-dist`));
    expect([...incremental.keys()]).toEqual([...scratch.keys()]);
    const differing = [...scratch]
      .filter(([file, bytes]) => !incremental.get(file)?.equals(bytes))
      .map(([file]) => file);
    expect(differing).toEqual([]);
    expect(readFileSync(join(repoRoot, `${grown}-dist`, 'people/andrei-belousov/index.html'), 'utf8')).toContain(
      'Andrey Belousov',
    );
    const edited = readFileSync(
      join(repoRoot, `${grown}-dist`, 'articles/2020/2020-04-30-lockdown-ports/index.html'),
      'utf8',
    );
    expect(edited).toContain('Ports stay open through the lockdown');
    expect(edited).toContain('kept every port open');
  });

  it('publishes the search index a build from nothing makes', () => {
    // The publish lists the staging folder while the search step runs, and its shards after it.
    const incremental = searchFiles(join(repoRoot, `${grown}-dist`));
    expect(incremental.size).toBeGreaterThan(0);
    expect([...incremental.keys()].sort()).toEqual([...searchFiles(join(repoRoot, `${fresh}-dist`)).keys()].sort());
    expect(incremental).toEqual(searchFiles(join(repoRoot, `${fresh}-dist`)));
  });
});
