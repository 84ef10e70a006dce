import { compareText } from './compare.ts';
import type { Article, EntityId } from './types.ts';

/** A role a person was given in articles, and the first and last dates it was seen. */
export interface RoleSeen {
  role: string;
  first: string;
  last: string;
  count: number;
}

/** Roles a person held across their articles, most recently seen first, then A–Z. */
export function rolesSeen(id: EntityId, articles: readonly Article[]): RoleSeen[] {
  const byRole = new Map<string, RoleSeen>();
  for (const article of articles) {
    const role = article.roles[id];
    if (!role) continue;
    const seen = byRole.get(role);
    if (!seen) byRole.set(role, { role, first: article.date, last: article.date, count: 1 });
    else {
      if (article.date < seen.first) seen.first = article.date;
      if (article.date > seen.last) seen.last = article.date;
      seen.count += 1;
    }
  }
  return [...byRole.values()].sort((a, b) => compareText(b.last, a.last) || compareText(a.role, b.role));
}

/** Number of articles in one year. */
export interface YearCount {
  year: string;
  count: number;
}

/**
 * Articles per year from the first year to the last, with the empty years in between kept as
 * zeros, so a timeline shows gaps honestly.
 */
export function yearlyTimeline(articles: readonly Article[]): YearCount[] {
  if (articles.length === 0) return [];
  const counts = new Map<number, number>();
  for (const article of articles) {
    const year = Number(article.date.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, offset) => ({
    year: String(first + offset),
    count: counts.get(first + offset) ?? 0,
  }));
}
