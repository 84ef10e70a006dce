import type { EntityKind } from './types.ts';

/*
 * Site paths without the deployment base; components prefix the base when they render links.
 * Keeping every URL shape here means a page and every link to it cannot disagree.
 */

/** `/articles/2025/2025-12-04-slug/`. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** `/people/rajnath-singh/` or `/organisations/eurasian-economic-union/`. */
export function entityPath(kind: EntityKind, id: string): string {
  return `/${kind}/${id}/`;
}

/** `/people/` or `/organisations/`. */
export function entityIndexPath(kind: EntityKind): string {
  return `/${kind}/`;
}

export const archivePath = '/archive/';

/** `/archive/2025/`. */
export function yearPath(year: string): string {
  return `/archive/${year}/`;
}

/** `/archive/2025/12/`. */
export function monthPath(yearMonth: string): string {
  return `/archive/${yearMonth.slice(0, 4)}/${yearMonth.slice(5, 7)}/`;
}

/** `/archive/2025/12/04/` for the calendar date `2025-12-04`. */
export function dayPath(date: string): string {
  return `/archive/${date.slice(0, 4)}/${date.slice(5, 7)}/${date.slice(8, 10)}/`;
}

/** Joins a deployment base ("/", "/news/" or "/news") with a site path. */
export function withBase(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

export const storiesPath = '/stories/';

/** `/stories/putins-india-visit/`. */
export function storyPath(id: string): string {
  return `/stories/${id}/`;
}

/** `/on-this-day/`: every calendar day of the year with articles. */
export const onThisDayIndexPath = '/on-this-day/';

/** `/on-this-day/12-04/` for any date on 4 December, or for the month-day `12-04`. */
export function onThisDayPath(dateOrMonthDay: string): string {
  return `/on-this-day/${dateOrMonthDay.slice(-5)}/`;
}

export const searchPath = '/search/';
