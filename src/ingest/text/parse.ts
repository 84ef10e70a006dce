import { calendarDateSchema } from '../../schema/article.ts';
import { deriveHeadline, findKicker, firstSentence, summarise, takeHeadline } from './headline.ts';
import { InputError } from './source.ts';
import { remembered } from '../remembered.ts';

/** What ingest reads from one plain-text article. */
export interface ParsedArticle {
  /** Calendar date from the `date YYYY-MM-DD` line. */
  date: string;
  /** The headline the text gave, or one derived from its first sentence. */
  title: string;
  /** Whether `title` was given by the text (a headline line) rather than derived. */
  headlineGiven: boolean;
  /** The kicker before a colon at the start of the text ("Putin's India Visit"). */
  story?: string;
  /** The first sentence of the article (after the kicker). */
  summary?: string;
  /** Body paragraphs, each one line of text, kicker included, headline line excluded. */
  paragraphs: string[];
}

const DATE_LINE = /^date[ \t]+(\S+)/;

/*
 * Whether a date is a day of the calendar, as the article schema decides it. The schema's check
 * builds and compares dates, which took a tenth of a millisecond per article, and an archive's
 * articles share a few thousand dates at most.
 */
const isCalendarDate = remembered((date) => calendarDateSchema.safeParse(date).success, 10_000);

/**
 * Parses `date YYYY-MM-DD <text>`: optional leading whitespace, the date line, then paragraphs
 * separated by blank lines (or U+2029). Line breaks (and U+2028) inside a paragraph become single
 * spaces and each line's indentation is dropped, because indentation would turn text into a code
 * block in Markdown.
 * Throws {@link InputError} with the reason when the text does not follow the format.
 */
export function parseArticle(text: string): ParsedArticle {
  // A form feed is a page break in text from print: a space, and never a character of the
  // headline or summary (XML, and so every feed, has no place for it).
  const trimmed = breakUnicodeLines(text).replace(/\f/g, ' ').replace(/^\s+/, '');
  const match = DATE_LINE.exec(trimmed);
  if (!match) throw new InputError(noDateLine(trimmed));
  const dateText = match[1] ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dateText)) {
    const found = trimmed.slice(4).trim().split('\n')[0]?.slice(0, 24) ?? '';
    throw new InputError(`has its date written another way: "${found}…" (write it as date YYYY-MM-DD)`);
  }
  if (!isCalendarDate(dateText)) {
    throw new InputError(`has an impossible date: ${dateText} is not a day of the calendar`);
  }
  const blocks = splitParagraphs(trimmed.slice(match[0].length));
  if (blocks.length === 0) throw new InputError('has no article text after the date');

  const { headline, rest } = takeHeadline(blocks);
  const paragraphs = rest.map((lines) => lines.join(' '));
  const first = paragraphs[0] ?? '';
  const story = findKicker(first);
  const sentence = firstSentence(story === undefined ? first : first.slice(first.indexOf(':') + 1).trim());
  return {
    date: dateText,
    title: headline ?? deriveHeadline(sentence),
    headlineGiven: headline !== undefined,
    ...(story === undefined ? {} : { story }),
    ...(sentence === '' ? {} : { summary: summarise(sentence) }),
    paragraphs,
  };
}

/*
 * Unicode's line and paragraph separators (U+2028, U+2029) end a line and a paragraph as a line
 * feed and a blank line do. Markdown sees neither, so left in the text they would hide a paragraph
 * break and carry the spaces after them into the body as if they were indentation.
 */
function breakUnicodeLines(text: string): string {
  return text.replace(/\u2029/g, '\n\n').replace(/\u2028/g, '\n');
}

/** Paragraphs as lists of non-empty lines with surrounding spaces and tabs removed. */
function splitParagraphs(body: string): string[][] {
  return body
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}

function noDateLine(text: string): string {
  if (text === '') return 'is empty';
  const start = text.split('\n')[0]?.slice(0, 24) ?? '';
  return `has no date line: it starts "${start}…" instead of date YYYY-MM-DD`;
}
