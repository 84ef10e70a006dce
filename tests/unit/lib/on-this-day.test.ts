import { describe, expect, it } from 'vitest';
import { groupByMonthDay } from '../../../src/lib/on-this-day.ts';
import { makeArticle } from '../../helpers/make-article.ts';

describe('groupByMonthDay', () => {
  it('collects the same calendar day from every year, newest year first', () => {
    const days = groupByMonthDay([
      makeArticle({ id: 'old', date: '2019-12-04' }),
      makeArticle({ id: 'other', date: '2025-01-31' }),
      makeArticle({ id: 'new', date: '2025-12-04' }),
    ]);
    expect(days.map((day) => [day.monthDay, day.articles.map((a) => a.id)])).toEqual([
      ['01-31', ['other']],
      ['12-04', ['new', 'old']],
    ]);
  });
  it('keeps 29 February as its own day', () => {
    expect(groupByMonthDay([makeArticle({ date: '2024-02-29' })])[0]!.monthDay).toBe('02-29');
  });
});
