import type { Archive } from '../archive.ts';
import { viewArticle, type ArticleView } from '../article-view.ts';
import type { DayGroup } from '../by-date.ts';
import { monthCalendar, type CalendarWeek } from '../calendar.ts';
import { formatDay, formatMonth } from '../format-date.ts';
import { leadingArticles, mostNamed } from '../in-the-news.ts';
import { paginate, pageParam, type Page } from '../paginate.ts';
import { namedLinks, type CountedLink } from './links.ts';
import { yearRow, type CountedRow } from './rows.ts';
import type { RouteSizes } from './sizes.ts';
import { pagedHeading, type PageTitles } from './titles.ts';

/** `/archive/`: every year, newest first, with its count. */
export function archiveYears(archive: Pick<Archive, 'dateTree'>): CountedRow[] {
  return archive.dateTree.map(yearRow);
}

/** One month on its year's page: its count, its most-mentioned people and its leading headlines. */
export interface MonthSummary {
  yearMonth: string;
  count: number;
  people: CountedLink[];
  headlines: ArticleView[];
}

/** Props of a year page. */
export interface YearPageProps extends PageTitles {
  year: string;
  count: number;
  months: MonthSummary[];
  previous?: string;
  next?: string;
}

/** Year pages: each month summarised, and the years either side. */
export function yearRoutes(archive: Archive, sizes: RouteSizes) {
  return archive.dateTree.map((year) => {
    const around = archive.yearNeighbours.get(year.year);
    const months = year.months.map((month) => {
      const inMonth = month.days.flatMap((day) => day.articles);
      // Two spare names, for people among the most named who have no page.
      const named = mostNamed(inMonth, 'people', sizes.yearPeopleCount + 2);
      return {
        yearMonth: month.yearMonth,
        count: month.count,
        people: namedLinks(archive, named, 'people').slice(0, sizes.yearPeopleCount),
        headlines: leadingArticles(inMonth, sizes.leadingCount).map((article) => viewArticle(archive, article)),
      };
    });
    const props: YearPageProps = {
      title: year.year,
      heading: year.year,
      year: year.year,
      count: year.count,
      months,
      previous: around?.previous?.year,
      next: around?.next?.year,
    };
    return { params: { year: year.year }, props };
  });
}

/** Props of a month page: its calendar with each day's count, and the months either side. */
export interface MonthPageProps extends PageTitles {
  yearMonth: string;
  count: number;
  weeks: CalendarWeek[];
  previous?: string;
  next?: string;
}

/** Month pages. */
export function monthRoutes(archive: Archive) {
  return archive.dateTree.flatMap((year) =>
    year.months.map((month) => {
      const around = archive.monthNeighbours.get(month.yearMonth);
      const name = formatMonth(month.yearMonth);
      const counts = new Map(month.days.map((day) => [day.date, day.articles.length]));
      const props: MonthPageProps = {
        title: name,
        heading: name,
        yearMonth: month.yearMonth,
        count: month.count,
        weeks: monthCalendar(month.yearMonth, counts),
        previous: around?.previous?.yearMonth,
        next: around?.next?.yearMonth,
      };
      return { params: { year: year.year, month: month.yearMonth.slice(5, 7) }, props };
    }),
  );
}

/** Props of one page of a day's headlines. */
export interface DayPageProps extends PageTitles {
  /** `YYYY-MM-DD`. */
  date: string;
  page: Page<ArticleView>;
  /** The days with articles before and after. */
  previous?: { date: string; count: number };
  next?: { date: string; count: number };
}

/** Day pages: the day's headlines in filing order, paginated. */
export function dayRoutes(archive: Archive, sizes: RouteSizes) {
  const side = (other?: DayGroup) => other && { date: other.date, count: other.articles.length };
  return archive.dateTree.flatMap((year) =>
    year.months.flatMap((month) =>
      month.days.flatMap((day) => {
        const around = archive.dayNeighbours.get(day.date);
        const views = day.articles.map((article) => viewArticle(archive, article));
        return paginate(views, sizes.dayPageSize).map((page) => {
          const name = pagedHeading(formatDay(day.date), page);
          return {
            params: {
              year: year.year,
              month: month.yearMonth.slice(5, 7),
              day: day.date.slice(8, 10),
              page: pageParam(page.number),
            },
            props: {
              title: name,
              heading: name,
              date: day.date,
              page,
              previous: side(around?.previous),
              next: side(around?.next),
            } satisfies DayPageProps,
          };
        });
      }),
    ),
  );
}
