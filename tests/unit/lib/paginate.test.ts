import { describe, expect, it } from 'vitest';
import { pageParam, pagePath, paginate } from '../../../src/lib/paginate.ts';

describe('paginate', () => {
  it('splits a list into full pages and a shorter last page', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((page) => page.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((page) => page.start)).toEqual([0, 2, 4]);
    expect(pages.every((page) => page.lastPage === 3 && page.total === 5)).toBe(true);
  });
  it('makes exactly one page when the list fills it exactly', () => {
    expect(paginate([1, 2], 2)).toHaveLength(1);
  });
  it('still makes one empty page for an empty list', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, lastPage: 1, items: [], start: 0, total: 0 }]);
  });
  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
    expect(() => paginate([1], 1.5)).toThrow(RangeError);
  });
});

describe('pagePath', () => {
  it('keeps page 1 at the list URL and puts later pages below it', () => {
    expect(pagePath('/people/', 1)).toBe('/people/');
    expect(pagePath('/people/', 3)).toBe('/people/3/');
  });
});

describe('pageParam', () => {
  it('omits the segment for page 1', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('2');
  });
});
