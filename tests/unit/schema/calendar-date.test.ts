import { isMatch } from 'date-fns/isMatch';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../src/schema/calendar-date.ts';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/* Years where the calendar's rules change: year 0 and the first years, short years, leap centuries. */
const YEARS = [
  0, 1, 2, 3, 4, 7, 99, 100, 200, 400, 1582, 1600, 1700, 1800, 1900, 1970, 2000, 2023, 2024, 2100, 2400, 9999,
];

describe('isCalendarDate', () => {
  it('decides every day, month 0 to 13 and day 0 to 32 of the telling years as date-fns isMatch does', () => {
    const differing: string[] = [];
    for (const year of YEARS)
      for (let month = 0; month <= 13; month += 1)
        for (let day = 0; day <= 32; day += 1) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (isCalendarDate(value) !== isMatch(value, 'yyyy-MM-dd')) differing.push(value);
        }
    expect(differing).toEqual([]);
  });

  it('reads texts of other shapes as date-fns isMatch does', () => {
    const texts = [
      '',
      '2024',
      '2024-02',
      '2024-2-9',
      '24-02-29',
      '1-1-1',
      '0-01-01',
      '12345-01-01',
      '2024-123-01',
      '2024-02-291',
      '2024-02-29 ',
      '2024-02-29\t\n',
      '2024-02-29\u00a0',
      '2024-02-29\u2028',
      '2024-02-29\ufeff',
      '2024-02-29x',
      '2024-02-29 x',
      ' 2024-02-29',
      '+2024-02-29',
      '-2024-02-29',
      '2024/02/29',
      '2024-02-29T00:00',
      '٢٠٢٤-٠٢-٢٩',
      '2023-02-29',
      '2024-00-10',
      '2024-1-31',
      '2024-04-31',
      'date',
    ];
    expect(texts.filter((text) => isCalendarDate(text) !== isMatch(text, 'yyyy-MM-dd'))).toEqual([]);
    expect(texts.filter((text) => isCalendarDate(text))).toEqual([
      '2024-2-9',
      '24-02-29',
      '1-1-1',
      '2024-02-29 ',
      '2024-02-29\t\n',
      '2024-02-29\u00a0',
      '2024-02-29\u2028',
      '2024-02-29\ufeff',
      '2024-1-31',
    ]);
  });
});
