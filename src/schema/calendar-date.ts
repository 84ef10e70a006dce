/*
 * Whether a text is a day of the calendar read as `yyyy-MM-dd`, exactly as date-fns'
 * `isMatch(value, 'yyyy-MM-dd')` decides it (the tests hold the two side by side): one to four
 * digits of year (at least year 1), one or two of month (1-12) and of day (within that month of
 * the proleptic Gregorian calendar), separated by hyphens, then nothing but white space. Written
 * out because date-fns' parser is 74 modules behind a 200 KB package.json: loading it took about
 * 0.2 CPU s in each ingest thread that checks an article's front matter, more than checking all
 * of the Reuters sample's dates.
 */

const PARTS = /^(\d{1,4})-(\d{1,2})-(\d{1,2})/;
const NOT_WHITE_SPACE = /\S/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether `value` is a real calendar date written year-month-day (see above for the exact reading). */
export function isCalendarDate(value: string): boolean {
  const parts = PARTS.exec(value);
  if (parts === null || NOT_WHITE_SPACE.test(value.slice(parts[0].length))) return false;
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 400 === 0 || (year % 4 === 0 && year % 100 !== 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}
