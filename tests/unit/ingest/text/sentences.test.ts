import { describe, expect, it } from 'vitest';
import { keepsStop, sentences } from '../../../../src/ingest/text/sentences.ts';

describe('sentences', () => {
  it('ends a sentence at a full stop, question or exclamation mark before a capital, with its closing quotes', () => {
    expect(sentences('"We agree," he said. "Fully." Then? Yes! 2026 came.')).toEqual([
      '"We agree," he said.',
      '"Fully."',
      'Then?',
      'Yes!',
      '2026 came.',
    ]);
  });

  it('goes on past abbreviations, initials and the stops inside numbers and words', () => {
    expect(
      sentences('Acme Co. said J. Smith of the U.S. Treasury and Sino-U.S. Joint Ltd paid 1.5 mln dlrs. He left.'),
    ).toEqual(['Acme Co. said J. Smith of the U.S. Treasury and Sino-U.S. Joint Ltd paid 1.5 mln dlrs.', 'He left.']);
  });

  it('goes on where no capital follows: a stop before a comma, a lower-case word or a decimal', () => {
    expect(sentences('Greensboro, N.C., Jacksonville, Fla., and Kansas City, Mo., grew.')).toHaveLength(1);
    expect(sentences('"Deep traditions..." he said.')).toEqual(['"Deep traditions..." he said.']);
    expect(sentences('NORTH CITY 74 59 .556 -')).toEqual(['NORTH CITY 74 59 .556 -']);
  });

  it('ends one at every line break, and keeps a list number with its item', () => {
    expect(sentences('1. Frank Holloway (Germany)\n2. Piotr Zawada\n\n  \nThe end')).toEqual([
      '1. Frank Holloway (Germany)',
      '2. Piotr Zawada',
      'The end',
    ]);
  });

  it('ends after a legal form or a place written with a stop, which is no abbreviation', () => {
    expect(sentences('The stake went to Abbey Life Group PLC. For 1985, it was 14 pct.')).toEqual([
      'The stake went to Abbey Life Group PLC.',
      'For 1985, it was 14 pct.',
    ]);
  });

  it('finds no sentence in an empty text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n ')).toEqual([]);
  });
});

describe('keepsStop', () => {
  it('keeps the stop of initials and abbreviations on the word', () => {
    for (const word of ['J.', 'U.S.', 'Dr.', 'Corp.', 'sept.', 'No.']) expect(keepsStop(word), word).toBe(true);
  });

  it('leaves the stop of any other word a mark of its own', () => {
    for (const word of ['said.', 'Plc.', 'Sino-U.S.', 'Corp', '1987.']) expect(keepsStop(word), word).toBe(false);
  });
});
