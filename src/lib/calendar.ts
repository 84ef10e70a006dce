/*
 * Calendar arithmetic on `YYYY-MM-DD` strings. Dates are read as UTC midnight only to find
 * weekdays and month lengths, so the result is the same in every time zone; nothing reads the clock.
 */

/** One day of a month calendar and how many articles it has (0 for a day with none). */
export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string;
  day: number;
  count: number;
}

/** Seven cells, Monday first; `null` pads the days before the 1st and after the last. */
export type CalendarWeek = (CalendarDay | null)[];

function utc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** The calendar of `yearMonth` (`YYYY-MM`) in weeks, with each day's count from `counts` (by date). */
export function monthCalendar(yearMonth: string, counts: ReadonlyMap<string, number>): CalendarWeek[] {
  const first = utc(`${yearMonth}-01`);
  const length = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= length; day += 1) {
    const date = `${yearMonth}-${String(day).padStart(2, '0')}`;
    cells.push({ date, day, count: counts.get(date) ?? 0 });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/** The date `days` days before `date` (both `YYYY-MM-DD`). */
export function daysBefore(date: string, days: number): string {
  const moved = utc(date);
  moved.setUTCDate(moved.getUTCDate() - days);
  return moved.toISOString().slice(0, 10);
}
