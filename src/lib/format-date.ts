import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';

/*
 * Calendar dates are parsed and formatted in the same (local) time zone, so `2025-12-04` prints
 * as the 4th whatever zone the build machine is in.
 */

const days = new Map<string, string>();

/**
 * `2025-12-04` → `4 December 2025`. Remembered: an archive has a few thousand distinct days, and
 * every list on every page prints them again.
 */
export function formatDay(date: string): string {
  let formatted = days.get(date);
  if (formatted === undefined) {
    formatted = format(parseISO(date), 'd MMMM yyyy');
    days.set(date, formatted);
  }
  return formatted;
}

/** `2025-12` → `December 2025`. */
export function formatMonth(yearMonth: string): string {
  return format(parseISO(`${yearMonth}-01`), 'MMMM yyyy');
}

/** `2025-12` → `December`. */
export function formatMonthName(yearMonth: string): string {
  return format(parseISO(`${yearMonth}-01`), 'MMMM');
}

/** `12-04` → `4 December` (2000 is a leap year, so 29 February formats too). */
export function formatMonthDay(monthDay: string): string {
  return format(parseISO(`2000-${monthDay}`), 'd MMMM');
}

/** A timeline bar's label: `1987`, `Mar 1987` for `1987-03`, `2 Mar` for `1987-03-02`. */
export function formatPeriod(period: string): string {
  if (period.length === 4) return period;
  if (period.length === 7) return format(parseISO(`${period}-01`), 'MMM yyyy');
  return format(parseISO(period), 'd MMM');
}
