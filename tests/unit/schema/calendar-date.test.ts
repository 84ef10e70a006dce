import { isMatch } from 'date-fns/isMatch';
import { describe, expect, it } from 'vitest';
import { calendarDateSchema } from '../../../src/schema/article.ts';

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const accepts = (value: string) => calendarDateSchema.safeParse(value).success;

/* Years where the calendar's rules change: the first years, short years, leap centuries. */
const YEARS = [
  1, 2, 3, 4, 7, 99, 100, 200, 400, 1582, 1600, 1700, 1800, 1900, 1970, 2000, 2023, 2024, 2100, 2400, 9999,
];

describe('calendarDateSchema', () => {
  it('takes exactly the real days of the telling years, month 0 to 13 and day 0 to 32, as date-fns isMatch does', () => {
    const differing: string[] = [];
    for (const year of YEARS)
      for (let month = 0; month <= 13; month += 1)
        for (let day = 0; day <= 32; day += 1) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (accepts(value) !== isMatch(value, 'yyyy-MM-dd')) differing.push(value);
        }
    expect(differing).toEqual([]);
    expect(accepts('2024-02-29')).toBe(true);
    expect(accepts('2023-02-29')).toBe(false);
    expect(accepts('1900-02-29')).toBe(false);
    expect(accepts('2000-02-29')).toBe(true);
  });

  it('takes only YYYY-MM-DD, nothing before or after it, and says which rule a text breaks', () => {
    const texts = [
      '',
      '2024',
      '2024-2-9',
      '24-02-29',
      '2024-02-29 ',
      ' 2024-02-29',
      '2024/02/29',
      '2024-02-29T00:00',
      '٢٠٢٤-٠٢-٢٩',
    ];
    expect(texts.filter(accepts)).toEqual([]);
    expect(calendarDateSchema.safeParse('2024-2-9').error?.issues[0]?.message).toBe(
      'must be a date written YYYY-MM-DD',
    );
    expect(calendarDateSchema.safeParse('2024-04-31').error?.issues[0]?.message).toBe('is not a real calendar date');
  });
});
