import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePageOf, isWrittenPage } from '../../../src/build/written-page.ts';

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
