import type { EntityLink } from '../article-view.ts';
import { formatDay, formatMonth, formatMonthDay } from '../format-date.ts';
import { dayPath, monthPath, onThisDayPath, storyPath, yearPath } from '../paths.ts';

/** A row of a counted list: a label, the page it links to (if any) and an article count. */
export interface CountedRow {
  label: string;
  path?: string;
  count: number;
}

/*
 * One row maker for each kind of thing a counted list holds, so a year, a day or an entity reads
 * and links the same on every page that counts it.
 */

/** A year and its articles: "2025 (12)". */
export const yearRow = (year: { year: string; count: number }): CountedRow => ({
  label: year.year,
  path: yearPath(year.year),
  count: year.count,
});

/** A month (`YYYY-MM`) and its articles. */
export const monthRow = (month: { yearMonth: string; count: number }): CountedRow => ({
  label: formatMonth(month.yearMonth),
  path: monthPath(month.yearMonth),
  count: month.count,
});

/** A day (`YYYY-MM-DD`) and its articles. */
export const dayRow = (day: { date: string; count: number }): CountedRow => ({
  label: formatDay(day.date),
  path: dayPath(day.date),
  count: day.count,
});

/** A calendar day (`MM-DD`) and its articles from every year. */
export const monthDayRow = (day: { monthDay: string; count: number }): CountedRow => ({
  label: formatMonthDay(day.monthDay),
  path: onThisDayPath(day.monthDay),
  count: day.count,
});

/** An entity and the articles naming it; unlinked when it has no page. */
export const entityRow = (link: Pick<EntityLink, 'name' | 'path'>, count: number): CountedRow => ({
  label: link.name,
  path: link.path,
  count,
});

/** A story and its articles. */
export const storyRow = (story: { id: string; name: string }, count: number): CountedRow => ({
  label: story.name,
  path: storyPath(story.id),
  count,
});
