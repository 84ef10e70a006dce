import { describe, expect, it } from 'vitest';
import { isTableRow, layoutTable, tableRuns } from '../../../src/lib/wire-table.ts';

describe('isTableRow', () => {
  it('takes short lines of words and figures', () => {
    expect(isTableRow('Wheat 2.55 2.40 IV 4.65 --')).toBe(true);
    expect(isTableRow('Natl Loan Release Call')).toBe(true);
    expect(isTableRow('Shr 1.50 dlrs vs 1.20 dlrs')).toBe(true);
  });
  it('leaves sentences, single words and long paragraphs as prose', () => {
    expect(isTableRow('The dry period means the temporao will be late this year.')).toBe(false);
    expect(isTableRow('Reuters')).toBe(false);
    expect(isTableRow('x '.repeat(50))).toBe(false);
  });
});

describe('tableRuns', () => {
  it('finds runs of three or more rows, mostly with figures', () => {
    const paragraphs = [
      'The department reported average prices as follows.',
      'Avge Rate-X Level Price Price',
      'Wheat 2.55 2.40 IV 4.65 --',
      'V 4.65 --',
      'Corn 1.35 1.92 IV 3.15 3.15',
      'X - 1986 Rates.',
      'Two short lines',
      'are not a table',
    ];
    expect(tableRuns(paragraphs)).toEqual([[1, 5]]);
  });
  it('finds none in prose or in short runs', () => {
    expect(tableRuns(['One sentence here.', 'Alpha 1', 'Beta 2'])).toEqual([]);
    expect(tableRuns(['Some words here', 'More words there', 'And again more', 'Wheat 1 2'])).toEqual([]);
  });
  it('takes a table that ends the article', () => {
    expect(tableRuns(['Intro sentence.', 'Oslo 1 2', 'Rome 3 4', 'Paris 5 6'])).toEqual([[1, 4]]);
  });
});

describe('layoutTable', () => {
  it('keeps labels on the left and aligns cells from the right, so short rows line up', () => {
    expect(layoutTable(['Avge Rate-X Level Price Price', 'Wheat 2.55 2.40 IV 4.65 --', 'V 4.65 --'])).toEqual([
      '       Avge  Rate-X  Level  Price  Price',
      'Wheat  2.55    2.40     IV   4.65     --',
      'V                            4.65     --',
    ]);
  });
  it('puts the first word of a heading row over the labels when it has one word more than the figures', () => {
    expect(layoutTable(['City Bid Ask', 'Oslo 1.5 2.5'])).toEqual(['City  Bid  Ask', 'Oslo  1.5  2.5']);
  });
  it('keeps a label of several words together', () => {
    expect(layoutTable(['New York 1.23 10.5', 'Rome 12.00 9.1'])).toEqual([
      'New York   1.23  10.5',
      'Rome      12.00   9.1',
    ]);
  });
});
