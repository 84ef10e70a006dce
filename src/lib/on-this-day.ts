import { compareNewestFirst, compareText } from './compare.ts';
import type { Article } from './types.ts';

/** One calendar day of the year (`MM-DD`) with its articles from every year, newest first. */
export interface AnniversaryDay {
  monthDay: string;
  articles: Article[];
}

/** Groups articles by month and day regardless of year, in calendar order. */
export function groupByMonthDay(articles: readonly Article[]): AnniversaryDay[] {
  return [...Map.groupBy(articles, (article) => article.date.slice(5))]
    .sort(([a], [b]) => compareText(a, b))
    .map(([monthDay, list]) => ({ monthDay, articles: list.sort(compareNewestFirst) }));
}
