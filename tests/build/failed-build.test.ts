import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, fixtureDir, repoRoot } from './build-fixture.ts';

/*
 * An archive is built, then its content is broken in the ways a build finds only when it runs,
 * and built again: each failed build must name the file at fault and leave the site the good
 * build published exactly as it was, byte for byte.
 */

const work = join(repoRoot, 'tests/.tmp/failed-build');
const content = 'tests/.tmp/failed-build/content';
const out = 'tests/.tmp/failed-build/dist';
const outPath = join(repoRoot, out);
const brokenArticle = join(repoRoot, content, 'articles/2025/2025-03-03-unknown-person.mdx');
const organisationsFile = join(repoRoot, content, 'organisations.json');

/** Every file under a folder, hidden ones included, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(files.sort().map((file) => [file.slice(dir.length), readFileSync(file)]));
}

/** The files that differ from the good build's, by path: empty when the site is exactly as it was. */
function changedSince(before: Map<string, Buffer>, dir: string): string[] {
  const now = snapshot(dir);
  const paths = new Set([...before.keys(), ...now.keys()]);
  return [...paths].filter((path) => !before.get(path)?.equals(now.get(path) ?? Buffer.alloc(0)) || !now.has(path));
}

/** What lies beside the output: a failed build leaves nothing of its own there. */
const besideOutput = () => readdirSync(work).sort();

let good: Map<string, Buffer>;
let goodOrganisations: string;

describe('a failed build leaves the last good site as it was', () => {
  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    cpSync(join(repoRoot, fixtureDir), join(repoRoot, content), { recursive: true });
    const first = buildArchive(content, out);
    if (first.status !== 0) throw new Error(`the good build failed:\n${first.output}`);
    // A site deployed from a git checkout of the output keeps it across builds, as Astro does.
    mkdirSync(join(outPath, '.git'));
    writeFileSync(join(outPath, '.git', 'HEAD'), 'ref: refs/heads/pages\n');
    good = snapshot(outPath);
    goodOrganisations = readFileSync(organisationsFile, 'utf8');
  });

  it('starts from a site with pages and a search index', () => {
    expect([...good.keys()]).toEqual(
      expect.arrayContaining(['/index.html', '/articles/2019/2019-10-15-imf-warns/index.html', '/.git/HEAD']),
    );
    expect([...good.keys()].some((file) => file.startsWith('/pagefind/'))).toBe(true);
  });

  it('when an article names an entity no registry has', () => {
    mkdirSync(join(repoRoot, content, 'articles/2025'), { recursive: true });
    writeFileSync(
      brokenArticle,
      '---\ntitle: Someone nobody knows\ndate: 2025-03-03\npeople:\n  - charles-babbage\n---\n\nText.\n',
    );
    const result = buildArchive(content, out);
    rmSync(brokenArticle);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      `${content}/articles/2025/2025-03-03-unknown-person.mdx: people: "charles-babbage" is not in ${content}/people.json`,
    );
    expect(changedSince(good, outPath)).toEqual([]);
    expect(besideOutput()).toEqual(['content', 'dist']);
  });

  it('when a registry id is all digits', () => {
    const organisations = JSON.parse(goodOrganisations) as unknown[];
    organisations.push({ id: '1999', name: 'Class of 1999' });
    writeFileSync(organisationsFile, JSON.stringify(organisations, null, 2));
    const result = buildArchive(content, out);
    writeFileSync(organisationsFile, goodOrganisations);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${content}/organisations.json: id "1999" is all digits`);
    expect(changedSince(good, outPath)).toEqual([]);
  });

  it('when the site builds but its search index does not', () => {
    const result = buildArchive(content, out, { DATELINE_SEARCH_SHARD_SIZE: '0' });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'search shards must hold a whole number of articles, 1 or more (DATELINE_SEARCH_SHARD_SIZE), not 0',
    );
    expect(changedSince(good, outPath)).toEqual([]);
    expect(besideOutput()).toEqual(['content', 'dist']);
  });

  it('when the build that published the site was killed between its two renames', () => {
    // What a kill leaves after the published site was renamed aside and before the new one took its place.
    renameSync(outPath, join(work, '.dist.previous'));
    writeFileSync(
      brokenArticle,
      '---\ntitle: Someone nobody knows\ndate: 2025-03-03\npeople:\n  - charles-babbage\n---\n\nText.\n',
    );
    const result = buildArchive(content, out);
    rmSync(brokenArticle);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('put back the site an interrupted build had moved aside');
    expect(changedSince(good, outPath)).toEqual([]);
    expect(besideOutput()).toEqual(['content', 'dist']);
  });

  it('and the next good build publishes the new site, keeping the output’s .git', () => {
    const source = readFileSync(join(repoRoot, content, 'articles/2021/2021-02-01-singh-1.mdx'), 'utf8');
    writeFileSync(
      join(repoRoot, content, 'articles/2025/2025-03-04-budget-again.mdx'),
      source.replace('date: 2021-02-01', 'date: 2025-03-04'),
    );
    const result = buildArchive(content, out);
    expect(result.status, result.output).toBe(0);
    expect(existsSync(join(outPath, 'articles/2025/2025-03-04-budget-again/index.html'))).toBe(true);
    expect(readFileSync(join(outPath, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/pages\n');
    expect(besideOutput()).toEqual(['content', 'dist']);
  });
});
