import { describe, expect, it } from 'vitest';
import { groupByDate } from '../../../src/lib/by-date.ts';
import { makeArticle } from '../../helpers/make-article.ts';

describe('groupByDate', () => {
  const articles = [
    makeArticle({ id: 'a', title: 'B', date: '2024-03-02' }),
    makeArticle({ id: 'b', title: 'A', date: '2024-03-02' }),
    makeArticle({ id: 'c', date: '2024-01-15' }),
    makeArticle({ id: 'd', date: '2025-12-04' }),
    makeArticle({ id: 'e', date: '2024-03-01' }),
  ];
  const years = groupByDate(articles);

  it('lists years newest first with their article counts', () => {
    expect(years.map((year) => [year.year, year.count])).toEqual([
      ['2025', 1],
      ['2024', 4],
    ]);
  });
  it('lists months and days in calendar order', () => {
    const y2024 = years[1]!;
    expect(y2024.months.map((month) => [month.yearMonth, month.count])).toEqual([
      ['2024-01', 1],
      ['2024-03', 3],
    ]);
    expect(y2024.months[1]!.days.map((day) => day.date)).toEqual(['2024-03-01', '2024-03-02']);
  });
  it('orders a shared day without sources by id', () => {
    const day = years[1]!.months[1]!.days[1]!;
    expect(day.articles.map((article) => article.id)).toEqual(['a', 'b']);
  });
  it("lists a day's articles in filing order, by source file number, not by headline", () => {
    const filed = groupByDate([
      makeArticle({ id: 'x', title: 'A first by title', date: '2024-05-01', source: '00010.txt' }),
      makeArticle({ id: 'y', title: 'Z last by title', date: '2024-05-01', source: '9.txt' }),
      makeArticle({ id: 'z', title: 'M', date: '2024-05-01' }),
      makeArticle({ id: 'w', title: 'B', date: '2024-05-01', source: '00002.txt' }),
    ]);
    expect(filed[0]!.months[0]!.days[0]!.articles.map((article) => article.id)).toEqual(['w', 'y', 'x', 'z']);
  });
  it('gives the same tree whatever order the articles come in', () => {
    expect(groupByDate([...articles].reverse())).toEqual(years);
  });
  it('returns no years for an empty archive', () => {
    expect(groupByDate([])).toEqual([]);
  });
});
