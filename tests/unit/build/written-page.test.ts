import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articlePageOf, isWrittenPage, reportingWrites } from '../../../src/build/written-page.ts';

describe('articlePageOf', () => {
  const site = join('/srv', 'staging');
  it('gives an article page’s path in the site, as the search step names it', () => {
    expect(articlePageOf(site, join(site, 'articles', '2024', '2024-01-05-a', 'index.html'))).toBe(
      'articles/2024/2024-01-05-a/index.html',
    );
  });
  it('is undefined for every other file, and for files outside the site', () => {
    for (const path of [
      join(site, 'articles', 'index.html'),
      join(site, 'articles', '2024', 'index.html'),
      join(site, 'people', 'ann', 'index.html'),
      join(site, 'articles', '2024', '2024-01-05-a', 'rss.xml'),
      join('/srv', 'other', 'articles', '2024', '2024-01-05-a', 'index.html'),
      join(site, '..', 'articles', '2024', '2024-01-05-a', 'index.html'),
    ]) {
      expect(articlePageOf(site, path)).toBeUndefined();
    }
  });
});

describe('isWrittenPage', () => {
  it('takes only a message naming a page', () => {
    expect(isWrittenPage({ page: 'articles/2024/2024-01-05-a/index.html' })).toBe(true);
    for (const message of ['done', null, {}, { page: 1 }]) expect(isWrittenPage(message)).toBe(false);
  });
});

describe('reportingWrites', () => {
  it('reports an article page once it is written, and nothing else', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dateline-written-'));
    try {
      const page = join(work, 'articles', '2024', '2024-01-05-a', 'index.html');
      mkdirSync(dirname(page), { recursive: true });
      const reported: string[] = [];
      const write = reportingWrites(writeFile, work, ({ page: written }) => {
        reported.push(`${written} ${readFileSync(join(work, written), 'utf8')}`);
      });
      await write(pathToFileURL(page), 'whole');
      await write(join(work, 'articles', 'index.html'), 'list');
      expect(reported).toEqual(['articles/2024/2024-01-05-a/index.html whole']);
      await expect(write(join(work, 'missing', 'articles', 'x', 'y', 'index.html'), 'x')).rejects.toThrow();
      expect(reported).toHaveLength(1);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
