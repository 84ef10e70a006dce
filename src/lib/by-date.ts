import { compareFiled, compareText } from './compare.ts';
import type { Article } from './types.ts';

/** One calendar day and its articles in filing order (see `compareFiled`). */
export interface DayGroup {
  /** `YYYY-MM-DD`. */
  date: string;
  articles: Article[];
}

/** One month (`YYYY-MM`) and its days in calendar order. */
export interface MonthGroup {
  yearMonth: string;
  count: number;
  days: DayGroup[];
}

/** One year and its months in calendar order. */
export interface YearGroup {
  year: string;
  count: number;
  months: MonthGroup[];
}

/**
 * Groups articles into years → months → days. Years run newest first (readers of a news archive
 * start from the present); months and days run in calendar order, like a printed almanac; a day's
 * articles run in the order they were filed, as a wire service's day file does.
 */
export function groupByDate(articles: readonly Article[]): YearGroup[] {
  const days = [...Map.groupBy(articles, (article) => article.date)]
    .sort(([a], [b]) => compareText(a, b))
    .map(([date, dayArticles]) => ({ date, articles: [...dayArticles].sort(compareFiled) }));

  const years: YearGroup[] = [];
  for (const day of days) {
    const year = day.date.slice(0, 4);
    const yearMonth = day.date.slice(0, 7);
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) {
      yearGroup = { year, count: 0, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.yearMonth !== yearMonth) {
      monthGroup = { yearMonth, count: 0, days: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.days.push(day);
    monthGroup.count += day.articles.length;
    yearGroup.count += day.articles.length;
  }
  return years.reverse();
}
