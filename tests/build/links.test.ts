import { describe, expect, it } from 'vitest';
import { fixtureDist, listPages } from './build-fixture.ts';
import { crawl } from './crawl.ts';

describe('internal links', () => {
  it('has no broken internal link anywhere a reader can reach', () => {
    const { broken } = crawl(fixtureDist);
    expect(broken).toEqual([]);
  });
  it('reaches every page from the home page', () => {
    const { visited } = crawl(fixtureDist);
    const unreachable = listPages(fixtureDist).filter((path) => path !== '/404.html' && !visited.has(path));
    expect(unreachable).toEqual([]);
  });
});
