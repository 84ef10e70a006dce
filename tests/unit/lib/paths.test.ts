import { describe, expect, it } from 'vitest';
import {
  articlePath,
  dayPath,
  entityIndexPath,
  entityPath,
  monthPath,
  onThisDayPath,
  storyPath,
  withBase,
  yearPath,
} from '../../../src/lib/paths.ts';

describe('site paths', () => {
  it('builds every URL shape from ids and calendar dates', () => {
    expect(articlePath('2025/2025-12-04-talks')).toBe('/articles/2025/2025-12-04-talks/');
    expect(entityPath('people', 'rajnath-singh')).toBe('/people/rajnath-singh/');
    expect(entityIndexPath('organisations')).toBe('/organisations/');
    expect(yearPath('2025')).toBe('/archive/2025/');
    expect(monthPath('2025-12')).toBe('/archive/2025/12/');
    expect(dayPath('2025-12-04')).toBe('/archive/2025/12/04/');
    expect(storyPath('putins-india-visit')).toBe('/stories/putins-india-visit/');
    expect(onThisDayPath('2025-12-04')).toBe('/on-this-day/12-04/');
    expect(onThisDayPath('12-04')).toBe('/on-this-day/12-04/');
  });
});

describe('withBase', () => {
  it('prefixes a base with or without a trailing slash', () => {
    expect(withBase('/', '/people/')).toBe('/people/');
    expect(withBase('/news/', '/people/')).toBe('/news/people/');
    expect(withBase('/news', '/')).toBe('/news/');
  });
});
