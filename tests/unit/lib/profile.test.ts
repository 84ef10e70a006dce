import { describe, expect, it } from 'vitest';
import { articleTimeline, rolesSeen } from '../../../src/lib/profile.ts';
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

describe('articleTimeline', () => {
  const at = (...dates: string[]) => dates.map((date) => makeArticle({ date }));
  it('counts by year over several years, keeping empty years', () => {
    expect(articleTimeline(at('2019-05-01', '2021-01-01', '2021-02-01'))).toEqual({
      unit: 'year',
      bars: [
        { period: '2019', count: 1 },
        { period: '2020', count: 0 },
        { period: '2021', count: 2 },
      ],
    });
  });
  it('counts by month over a few months to two years, across a new year', () => {
    const timeline = articleTimeline(at('2024-11-30', '2025-02-01'));
    expect(timeline.unit).toBe('month');
    expect(timeline.bars.map((bar) => bar.period)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });
  it('counts by day over a short span, as a week of wire copy', () => {
    expect(articleTimeline(at('1987-02-27', '1987-03-02', '1987-03-02'))).toEqual({
      unit: 'day',
      bars: [
        { period: '1987-02-27', count: 1 },
        { period: '1987-02-28', count: 0 },
        { period: '1987-03-01', count: 0 },
        { period: '1987-03-02', count: 2 },
      ],
    });
  });
  it('draws nothing for a single day or no articles', () => {
    expect(articleTimeline(at('2025-12-04', '2025-12-04')).bars).toEqual([]);
    expect(articleTimeline([]).bars).toEqual([]);
  });
});
