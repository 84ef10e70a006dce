import { describe, expect, it } from 'vitest';
import { rolesSeen, yearlyTimeline } from '../../../src/lib/profile.ts';
import { makeArticle } from '../../helpers/make-article.ts';

describe('rolesSeen', () => {
  it('records each role with the first and last date it was seen, latest first', () => {
    const articles = [
      makeArticle({ date: '2014-05-01', roles: { singh: 'Home Minister' } }),
      makeArticle({ date: '2019-06-01', roles: { singh: 'Defence Minister' } }),
      makeArticle({ date: '2025-12-04', roles: { singh: 'Defence Minister' } }),
      makeArticle({ date: '2016-01-01', roles: { singh: 'Home Minister', other: 'Ignored' } }),
      makeArticle({ date: '2020-01-01' }),
    ];
    expect(rolesSeen('singh', articles)).toEqual([
      { role: 'Defence Minister', first: '2019-06-01', last: '2025-12-04', count: 2 },
      { role: 'Home Minister', first: '2014-05-01', last: '2016-01-01', count: 2 },
    ]);
  });
});

describe('yearlyTimeline', () => {
  it('counts articles per year and keeps empty years in between', () => {
    const articles = ['2020-01-01', '2022-03-01', '2022-04-01'].map((date) => makeArticle({ date }));
    expect(yearlyTimeline(articles)).toEqual([
      { year: '2020', count: 1 },
      { year: '2021', count: 0 },
      { year: '2022', count: 2 },
    ]);
  });
  it('is empty with no articles', () => {
    expect(yearlyTimeline([])).toEqual([]);
  });
});
