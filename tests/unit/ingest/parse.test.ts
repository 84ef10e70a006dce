import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/ingest/parse.ts';

describe('parseArticle', () => {
  it('reads the date, a kicker as the story, a derived headline and the first sentence', () => {
    const article = parseArticle(
      ' date 2025-03-14 Harbour Works: The city council approved the new harbour wall on Friday. Work starts in May.\n\nA second paragraph.',
    );
    expect(article).toEqual({
      date: '2025-03-14',
      title: 'The city council approved the new harbour wall on Friday',
      headlineGiven: false,
      story: 'Harbour Works',
      summary: 'The city council approved the new harbour wall on Friday.',
      paragraphs: [
        'Harbour Works: The city council approved the new harbour wall on Friday. Work starts in May.',
        'A second paragraph.',
      ],
    });
  });

  it('takes a short first paragraph without a full stop as the headline and leaves it out of the body', () => {
    const article = parseArticle(
      'date 1987-02-26 CITY COUNCIL APPROVES HARBOUR WALL\n\nThe council approved it. Work starts soon.',
    );
    expect(article.title).toBe('CITY COUNCIL APPROVES HARBOUR WALL');
    expect(article.headlineGiven).toBe(true);
    expect(article.summary).toBe('The council approved it.');
    expect(article.paragraphs).toEqual(['The council approved it. Work starts soon.']);
  });

  it('joins the lines of a paragraph with single spaces and drops their indentation', () => {
    const article = parseArticle('date 2025-01-01\n\n    First line of text,\n\tsecond line.   \n\n   \n  Next one.');
    expect(article.paragraphs).toEqual(['First line of text, second line.', 'Next one.']);
  });

  it('accepts the date on a line of its own', () => {
    expect(parseArticle('date 2025-01-01\nThe text.').paragraphs).toEqual(['The text.']);
  });

  it('says so when there is no date line', () => {
    expect(() => parseArticle('The council met on Friday.')).toThrow(
      'has no date line: it starts "The council met on Frida…" instead of date YYYY-MM-DD',
    );
  });

  it('says so when the file is empty or only whitespace', () => {
    expect(() => parseArticle(' \n\n ')).toThrow('is empty');
  });

  it('says so when the date is written another way', () => {
    expect(() => parseArticle('date 4 Dec 2025 The council met.')).toThrow(
      'has its date written another way: "4 Dec 2025 The council m…" (write it as date YYYY-MM-DD)',
    );
    expect(() => parseArticle('date 2025/12/04 The council met.')).toThrow(/date written another way/);
  });

  it('says so when the date is not a day of the calendar', () => {
    expect(() => parseArticle('date 2025-02-30 The council met.')).toThrow(
      'has an impossible date: 2025-02-30 is not a day of the calendar',
    );
    expect(() => parseArticle('date 2025-13-01 The council met.')).toThrow(/impossible date/);
  });

  it('says so when nothing follows the date', () => {
    expect(() => parseArticle('date 2025-01-01   \n\n \n')).toThrow('has no article text after the date');
  });
});
