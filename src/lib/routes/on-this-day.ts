import type { Archive } from '../archive.ts';
import { viewArticle, type ArticleView } from '../article-view.ts';
import { formatMonthDay, formatMonthName } from '../format-date.ts';
import type { AnniversaryDay } from '../on-this-day.ts';
import { paginate, pageParam, type Page } from '../paginate.ts';
import { strings } from '../../strings.ts';
import { monthDayRow, type CountedRow } from './rows.ts';
import type { RouteSizes } from './sizes.ts';
import { pagedHeading, type PageTitles } from './titles.ts';

/** Props of one page of "on this day". */
export interface OnThisDayProps extends PageTitles {
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
    return paginate(views, sizes.pageSize).map((page) => {
      const name = pagedHeading(`${strings.onThisDay}: ${formatMonthDay(day.monthDay)}`, page);
      return {
        params: { monthDay: day.monthDay, page: pageParam(page.number) },
        props: {
          title: name,
          heading: name,
          day,
          page,
          previous: around?.previous?.monthDay,
          next: around?.next?.monthDay,
        } satisfies OnThisDayProps,
      };
    });
  });
}

/** `/on-this-day/`: every calendar day with articles under its month's name, with counts. */
export function onThisDayIndex(archive: Pick<Archive, 'anniversaries'>): { name: string; rows: CountedRow[] }[] {
  const byMonth = Map.groupBy(archive.anniversaries, (day) => day.monthDay.slice(0, 2));
  return [...byMonth].map(([month, days]) => ({
    // Any year will do: only the month's name is shown.
    name: formatMonthName(`2000-${month}`),
    rows: days.map((day) => monthDayRow({ monthDay: day.monthDay, count: day.articles.length })),
  }));
}
