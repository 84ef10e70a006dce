import type { Archive } from '../archive.ts';
import { viewArticle, type ArticleView } from '../article-view.ts';
import type { AnniversaryDay } from '../on-this-day.ts';
import { paginate, pageParam, type Page } from '../paginate.ts';
import type { RouteSizes } from './sizes.ts';

/** Props of one page of "on this day". */
export interface OnThisDayProps {
  day: AnniversaryDay;
  page: Page<ArticleView>;
  /** The calendar days with articles before and after (`MM-DD`). */
  previous?: string;
  next?: string;
}

/** `/on-this-day/MM-DD/`: a calendar day's articles from every year, paginated. */
export function onThisDayRoutes(archive: Archive, sizes: RouteSizes) {
  return archive.anniversaries.flatMap((day) => {
    const around = archive.anniversaryNeighbours.get(day.monthDay);
    const views = day.articles.map((article) => viewArticle(archive, article));
    return paginate(views, sizes.pageSize).map((page) => ({
      params: { monthDay: day.monthDay, page: pageParam(page.number) },
      props: {
        day,
        page,
        previous: around?.previous?.monthDay,
        next: around?.next?.monthDay,
      } satisfies OnThisDayProps,
    }));
  });
}

/** `/on-this-day/`: every calendar day with articles, by month (`MM`), with counts. */
export function onThisDayIndex(archive: Archive): { month: string; days: { monthDay: string; count: number }[] }[] {
  const byMonth = Map.groupBy(archive.anniversaries, (day) => day.monthDay.slice(0, 2));
  return [...byMonth].map(([month, days]) => ({
    month,
    days: days.map((day) => ({ monthDay: day.monthDay, count: day.articles.length })),
  }));
}
