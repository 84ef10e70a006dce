import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX, SUMMARY_MAX } from '../../../../src/ingest/text/headline.ts';
import { parseArticle } from '../../../../src/ingest/text/parse.ts';

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

  it('keeps a 200,000-character first line in the body and derives a bounded headline from it', () => {
    const line = `Geneva${'n'.repeat(200_000)} summit talks`;
    const article = parseArticle(`date 2025-01-01 ${line}\n\nThe talks went on.`);
    expect(article.headlineGiven).toBe(false);
    expect(article.title.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(article.summary?.length).toBeLessThanOrEqual(SUMMARY_MAX + 1);
    expect(article.paragraphs).toEqual([line, 'The talks went on.']);
  });

  it('reads U+2028 as a line break and U+2029 as a paragraph break, so no space after one is kept', () => {
    const article = parseArticle('date 2025-01-01 The council met.\u2028 It approved the wall.\u2029  Work starts.');
    expect(article.paragraphs).toEqual(['The council met. It approved the wall.', 'Work starts.']);
  });

  it('reads a form feed as a space, so no headline, summary or paragraph holds one', () => {
    const article = parseArticle('date 2025-01-01 Harbour\fWorks: The\fwall opened. It held.\n\f\nNext\f page.');
    expect(article).toMatchObject({
      title: 'The wall opened',
      story: 'Harbour Works',
      summary: 'The wall opened.',
      paragraphs: ['Harbour Works: The wall opened. It held.', 'Next  page.'],
    });
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

  it('decides a date the same way each time it meets it (the check is remembered)', () => {
    for (let time = 0; time < 3; time += 1) {
      expect(() => parseArticle('date 2024-02-30 The council met.')).toThrow(/impossible date/);
      expect(parseArticle('date 2024-02-29 The council met.').date).toBe('2024-02-29');
    }
  });

  it('says so when nothing follows the date', () => {
    expect(() => parseArticle('date 2025-01-01   \n\n \n')).toThrow('has no article text after the date');
  });
});
