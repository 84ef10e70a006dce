import { describe, expect, it } from 'vitest';
import {
  numberedPageLinks,
  pageParam,
  pagePath,
  paginate,
  stablePageLinks,
  stablePagePath,
  stablePages,
} from '../../../src/lib/paginate.ts';

/** The numbers 1 … n, newest (n) first. */
const newestFirst = (n: number) => Array.from({ length: n }, (_, index) => n - index);

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

describe('stablePages', () => {
  it('gives the first page the newest items and the later ones runs counted from the oldest', () => {
    const pages = stablePages(newestFirst(7), 2);
    expect(pages.map((page) => [page.number, page.items])).toEqual([
      [0, [7, 6, 5]],
      [2, [4, 3]],
      [1, [2, 1]],
    ]);
    expect(pages.map((page) => [page.newer, page.older])).toEqual([
      [undefined, 2],
      [0, 1],
      [2, undefined],
    ]);
  });

  it('keeps every later page as it was when newer items arrive', () => {
    const before = stablePages(newestFirst(40), 3);
    for (let more = 41; more <= 52; more++) {
      const after = new Map(stablePages(newestFirst(more), 3).map((page) => [page.number, page.items]));
      for (const page of before.slice(1)) expect(after.get(page.number)).toEqual(page.items);
    }
  });

  it('holds every item once, the first page between one and two pages long', () => {
    for (let total = 0; total <= 30; total++) {
      const pages = stablePages(newestFirst(total), 4);
      expect(pages.flatMap((page) => page.items)).toEqual(newestFirst(total));
      const first = pages[0]!.items.length;
      expect(first).toBe(total < 4 ? total : first);
      if (total >= 4) expect(first >= 4 && first < 8).toBe(true);
      expect(pages.slice(1).every((page) => page.items.length === 4)).toBe(true);
    }
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => stablePages([1], 0)).toThrow(RangeError);
  });
});

describe('page links', () => {
  it('link a numbered page to its neighbours and say where it sits, and give a single page none', () => {
    expect(numberedPageLinks('/people/', { number: 2, lastPage: 3 })).toEqual({
      previous: { path: '/people/', label: 'Previous page' },
      next: { path: '/people/3/', label: 'Next page' },
      current: 'Page 2 of 3',
    });
    expect(numberedPageLinks('/people/', { number: 1, lastPage: 1 })).toEqual({});
  });

  it('link a stable page to the newer and older pages, the first page being the list itself', () => {
    const [first, second] = stablePages(newestFirst(7), 2);
    expect(stablePageLinks('/people/x/', first!)).toEqual({ next: { path: '/people/x/2/', label: 'Older articles' } });
    expect(stablePageLinks('/people/x/', second!, 'March')).toEqual({
      previous: { path: '/people/x/', label: 'Newer articles' },
      next: { path: '/people/x/1/', label: 'Older articles' },
      current: 'March',
    });
    expect(stablePagePath('/people/x/', 0)).toBe('/people/x/');
  });
});
