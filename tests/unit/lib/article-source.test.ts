import { describe, expect, it } from 'vitest';
import { isAllCapitals, readerSource } from '../../../src/lib/article-source.ts';

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

describe('isAllCapitals', () => {
  it('recognises a headline in capitals throughout, figures and symbols aside', () => {
    expect(isAllCapitals('BAHIA COCOA REVIEW')).toBe(true);
    expect(isAllCapitals('HK BANK EXPECTED TO POST 10 TO 13 PCT PROFIT RISE')).toBe(true);
    expect(isAllCapitals('FARMERS GROUP INC <FGRP> 4TH QTR NET')).toBe(true);
  });
  it('leaves headlines in ordinary case, and too few letters to tell, alone', () => {
    expect(isAllCapitals('IMF trims its growth forecast')).toBe(false);
    expect(isAllCapitals('G7')).toBe(false);
    expect(isAllCapitals('')).toBe(false);
  });
});
