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

/** One bar of a profile's timeline: a year (`YYYY`), a month (`YYYY-MM`) or a day (`YYYY-MM-DD`). */
export interface PeriodCount {
  period: string;
  count: number;
}

/** A timeline of articles and the unit its bars count in. */
export interface Timeline {
  unit: 'year' | 'month' | 'day';
  bars: PeriodCount[];
}

/** Spans shorter than this many months are drawn by day; up to two years, by month. */
const DAYS_BELOW_MONTHS = 3;
const MONTHS_BELOW_YEARS = 2;

/**
 * Articles over time at a grain that suits the span: by year over several years, by month over a
 * few months to two years, by day over a shorter span, with the empty periods between kept as
 * zeros. A span of one period has nothing to draw and gives no bars.
 */
export function articleTimeline(articles: readonly Article[]): Timeline {
  if (articles.length === 0) return { unit: 'year', bars: [] };
  const dates = articles.map((article) => article.date).sort(compareText);
  const first = dates[0] as string;
  const last = dates.at(-1) as string;
  const years = Number(last.slice(0, 4)) - Number(first.slice(0, 4));
  const months = years * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
  const unit = years >= MONTHS_BELOW_YEARS ? 'year' : months >= DAYS_BELOW_MONTHS ? 'month' : 'day';
  const keyOf = (date: string) => (unit === 'year' ? date.slice(0, 4) : unit === 'month' ? date.slice(0, 7) : date);
  const counts = new Map<string, number>();
  for (const date of dates) counts.set(keyOf(date), (counts.get(keyOf(date)) ?? 0) + 1);
  const periods: string[] = [];
  for (let period = keyOf(first); period <= keyOf(last); period = nextPeriod(period)) periods.push(period);
  const bars = periods.map((period) => ({ period, count: counts.get(period) ?? 0 }));
  return { unit, bars: bars.length > 1 ? bars : [] };
}

function nextPeriod(period: string): string {
  if (period.length === 4) return String(Number(period) + 1);
  if (period.length === 7) {
    const [year, month] = period.split('-').map(Number) as [number, number];
    return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  }
  const [year, month, day] = period.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
