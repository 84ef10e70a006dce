import { describe, expect, it } from 'vitest';
import {
  compareByCountThenName,
  compareByName,
  compareBySurname,
  compareFiled,
  compareNatural,
  indexLetter,
  surnameKey,
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

  it('is 0 for equal keys, so that a sort by it is a consistent order', () => {
    expect(compareByName({ name: 'Budget', id: 'budget' }, { name: 'Budget', id: 'budget' })).toBe(0);
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

describe('compareFiled', () => {
  it('orders by source file name with numbers read as numbers, then id', () => {
    const items = [
      { id: 'c', source: '10.txt' },
      { id: 'a', source: '9.txt' },
      { id: 'b', source: '00009.txt' },
      { id: 'd' },
    ];
    expect([...items].sort(compareFiled).map((item) => item.id)).toEqual(['b', 'a', 'c', 'd']);
  });
  it('is 0 only for the same id and source, and antisymmetric', () => {
    const a = { id: 'a', source: '1.txt' };
    const b = { id: 'b', source: '1.txt' };
    expect(compareFiled(a, { ...a })).toBe(0);
    expect(compareFiled(a, b)).toBeLessThan(0);
    expect(compareFiled(b, a)).toBeGreaterThan(0);
    expect(compareFiled({ id: 'x' }, { id: 'y' })).toBeLessThan(0);
  });
});

describe('compareNatural', () => {
  it('reads runs of digits as numbers, however long', () => {
    expect(['a10', 'a9', 'a2', 'b1', '12345678901234567890'].sort(compareNatural)).toEqual([
      '12345678901234567890',
      'a2',
      'a9',
      'a10',
      'b1',
    ]);
  });
  it('still tells apart names that differ only in leading zeros', () => {
    expect(compareNatural('007', '7')).not.toBe(0);
    expect(compareNatural('007', '7')).toBe(-compareNatural('7', '007'));
    expect(compareNatural('x', 'x')).toBe(0);
  });
});

describe('surnameKey', () => {
  it('files a person under the last name, keeping the rest after it', () => {
    expect(surnameKey('Rajnath Singh')).toBe('Singh Rajnath');
    expect(surnameKey('Charles de Gaulle')).toBe('Gaulle Charles de');
  });
  it('skips suffixes such as Jr. and leaves one-word names alone', () => {
    expect(surnameKey('Martin Luther King Jr.')).toBe('King Martin Luther Jr.');
    expect(surnameKey('Madonna')).toBe('Madonna');
  });
});

describe('compareBySurname', () => {
  it('sorts people by surname, then full name, then id', () => {
    const people = [
      { id: 'b', name: 'Anna Zed' },
      { id: 'a', name: 'Zoe Adams' },
      { id: 'c', name: 'Anna Zed' },
    ];
    expect([...people].sort(compareBySurname).map((person) => person.id)).toEqual(['a', 'b', 'c']);
    expect(compareBySurname(people[1]!, { ...people[1]! })).toBe(0);
  });
});

describe('indexLetter', () => {
  it('gives the folded capital letter, or # for anything else', () => {
    expect(indexLetter('élan')).toBe('E');
    expect(indexLetter('zed')).toBe('Z');
    expect(indexLetter('3M')).toBe('#');
    expect(indexLetter('"Quoted"')).toBe('#');
  });
});
