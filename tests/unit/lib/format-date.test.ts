import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth, formatMonthDay, formatMonthName, formatPeriod } from '../../../src/lib/format-date.ts';

describe('formatDay', () => {
  it('prints the calendar date it was given', () => {
    expect(formatDay('2025-12-04')).toBe('4 December 2025');
    expect(formatDay('2024-02-29')).toBe('29 February 2024');
  });
});

describe('formatMonth', () => {
  it('prints month and year, or the month alone', () => {
    expect(formatMonth('2025-01')).toBe('January 2025');
    expect(formatMonthName('2025-01')).toBe('January');
  });
});

describe('formatMonthDay', () => {
  it('prints a day of the year, including 29 February', () => {
    expect(formatMonthDay('12-04')).toBe('4 December');
    expect(formatMonthDay('02-29')).toBe('29 February');
  });
});

describe('formatPeriod', () => {
  it('labels a year, a month and a day', () => {
    expect(formatPeriod('1987')).toBe('1987');
    expect(formatPeriod('1987-03')).toBe('Mar 1987');
    expect(formatPeriod('1987-03-02')).toBe('2 Mar');
  });
});
