import { describe, expect, it } from 'vitest';
import { daysBefore, monthCalendar } from '../../../src/lib/calendar.ts';

describe('monthCalendar', () => {
  it('lays a month out in Monday-first weeks with each day counted', () => {
    // 1 December 2025 is a Monday; the month ends on a Wednesday.
    const weeks = monthCalendar('2025-12', new Map([['2025-12-04', 3]]));
    expect(weeks).toHaveLength(5);
    expect(weeks[0]![0]).toEqual({ date: '2025-12-01', day: 1, count: 0 });
    expect(weeks[0]![3]).toEqual({ date: '2025-12-04', day: 4, count: 3 });
    expect(weeks[4]!.map((cell) => cell?.day ?? null)).toEqual([29, 30, 31, null, null, null, null]);
  });
  it('pads the days before the 1st and knows leap years', () => {
    // 1 February 2024 is a Thursday; 2024 is a leap year.
    const weeks = monthCalendar('2024-02', new Map());
    expect(weeks[0]!.slice(0, 3)).toEqual([null, null, null]);
    expect(weeks[0]![3]?.date).toBe('2024-02-01');
    expect(weeks.flat().filter(Boolean)).toHaveLength(29);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });
});

describe('daysBefore', () => {
  it('steps back across months and years', () => {
    expect(daysBefore('2025-01-03', 6)).toBe('2024-12-28');
    expect(daysBefore('2024-03-01', 1)).toBe('2024-02-29');
    expect(daysBefore('2025-12-04', 0)).toBe('2025-12-04');
  });
});
