import { describe, expect, it } from 'vitest';
import { readerSource } from '../../../src/lib/article-source.ts';

describe('readerSource', () => {
  it('hides an ingest file name, which is not a source', () => {
    expect(readerSource('000_d10729b1248ee5a7.txt')).toBeUndefined();
    expect(readerSource('00017.TXT')).toBeUndefined();
    expect(readerSource(undefined)).toBeUndefined();
    expect(readerSource('  ')).toBeUndefined();
  });
  it('shows a publication, agency or byline as written', () => {
    expect(readerSource('Reuters')).toBe('Reuters');
    expect(readerSource('By Jane Doe, Reuters.com')).toBe('By Jane Doe, Reuters.com');
  });
});
