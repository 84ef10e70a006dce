import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDirFor } from '../../src/site/config.ts';
import { buildArchive, fixtureDir, listPages, repoRoot, type BuildResult } from './build-fixture.ts';

/*
 * DATELINE_CONTENT and DATELINE_OUT may name folders anywhere, given as absolute paths: here both
 * are in the system's temporary folder, outside the project.
 */

const scratch = mkdtempSync(join(tmpdir(), 'dateline-outside-'));
const content = join(scratch, 'content');
const out = join(scratch, 'site');
let result: BuildResult;

describe('a build from and to folders outside the project, given as absolute paths', () => {
  beforeAll(() => {
    cpSync(join(repoRoot, fixtureDir), content, { recursive: true });
    result = buildArchive(content, out);
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(join(repoRoot, cacheDirFor(content)), { recursive: true, force: true });
  });

  it('succeeds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('builds every article and profile of the content folder', () => {
    const pages = listPages(out);
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/articles/2019/2019-10-15-imf-warns/', '/people/rajnath-singh/']),
    );
    const articles = readdirSync(join(content, 'articles'), { recursive: true }).filter((file) =>
      String(file).endsWith('.mdx'),
    );
    expect(pages.filter((page) => page.startsWith('/articles/'))).toHaveLength(articles.length);
  });

  it('reads every file of the content folder, the review list and the article text included', () => {
    const html = readFileSync(join(out, 'people', 'rajnath-singh', 'index.html'), 'utf8');
    expect(html).toContain('1 more article names');
    const article = readFileSync(join(out, 'articles', '2019', '2019-10-15-imf-warns', 'index.html'), 'utf8');
    expect(article).toMatch(/<div class="body"[^>]*>\s*<p>/);
  });

  it('indexes it for search', () => {
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
