import { describe, expect, it } from 'vitest';
import {
  compareByCountThenName,
  compareByName,
  compareNames,
  compareNewestFirst,
  compareOldestFirst,
  compareText,
} from '../../../src/lib/compare.ts';

describe('compareText', () => {
  it('returns 0 only for equal strings', () => {
    expect(compareText('a', 'a')).toBe(0);
    expect(compareText('a', 'b')).toBeLessThan(0);
    expect(compareText('b', 'a')).toBeGreaterThan(0);
  });
});

describe('compareNames', () => {
  it('sorts case- and accent-insensitively first', () => {
    expect(['Zeta', 'élan', 'Alpha', 'de Gaulle'].sort(compareNames)).toEqual(['Alpha', 'de Gaulle', 'élan', 'Zeta']);
  });
  it('still orders names that differ only in case, so the order is total', () => {
    expect(compareNames('abc', 'ABC')).not.toBe(0);
    expect(compareNames('abc', 'ABC')).toBe(-compareNames('ABC', 'abc'));
  });
});

describe('compareNewestFirst', () => {
  const a = { id: 'a', title: 'Same', date: '2025-01-02' };
  it('puts later dates first', () => {
    expect(compareNewestFirst(a, { ...a, id: 'b', date: '2025-01-01' })).toBeLessThan(0);
  });
  it('breaks equal dates by title, then by id', () => {
    expect(compareNewestFirst({ ...a, title: 'Alpha' }, { ...a, title: 'Beta' })).toBeLessThan(0);
    expect(compareNewestFirst(a, { ...a, id: 'b' })).toBeLessThan(0);
  });
  it('returns 0 for the same record compared with itself', () => {
    expect(compareNewestFirst(a, { ...a })).toBe(0);
  });
});

describe('compareOldestFirst', () => {
  it('puts earlier dates first and keeps the title and id tie-breaks', () => {
    const base = { id: 'a', title: 'T', date: '2025-01-02' };
    expect(compareOldestFirst(base, { ...base, date: '2025-01-03' })).toBeLessThan(0);
    expect(compareOldestFirst(base, { ...base, id: 'b' })).toBeLessThan(0);
    expect(compareOldestFirst(base, { ...base })).toBe(0);
  });
});

describe('compareByName', () => {
  it('falls back to id when display names are equal', () => {
    expect(compareByName({ name: 'Singh', id: 'b' }, { name: 'Singh', id: 'a' })).toBeGreaterThan(0);
  });
});

describe('compareByCountThenName', () => {
  it('puts larger counts first and orders equal counts A–Z', () => {
    const rows = [
      { name: 'B', id: 'b', count: 2 },
      { name: 'A', id: 'a', count: 2 },
      { name: 'C', id: 'c', count: 5 },
    ];
    expect(rows.sort(compareByCountThenName).map((row) => row.id)).toEqual(['c', 'a', 'b']);
  });
});
