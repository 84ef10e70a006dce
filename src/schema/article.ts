import { z } from 'astro/zod';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { entityIdSchema } from './entity.ts';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written `YYYY-MM-DD`. Kept as a string, never a `Date`, so that 2025-12-04 is
 * the 4th in every time zone the site is built or read in.
 */
export const calendarDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(DATE_SHAPE, 'must be a date written YYYY-MM-DD')
  // date-fns' ISO reader checks the month and the days of that month, leap years included; its
  // pattern parser (`isMatch`) would do the same through 74 modules, about 0.2 CPU s to load in
  // each ingest thread that checks front matter. A text of another shape has its message already.
  .refine((value) => !DATE_SHAPE.test(value) || isValid(parseISO(value)), 'is not a real calendar date');

/**
 * The message for a field of the wrong type, for editors: "is required" only when the field is
 * missing, otherwise what it should be and what it is ("must be text, not a number (123)").
 */
export function typeMessage(expected: string): (issue: { code?: string; input?: unknown }) => string | undefined {
  return ({ code, input }) => {
    // A record's key that is not an id is the one other issue these fields raise.
    if (code === 'invalid_key') return 'is not an id: ids are lower-case letters, digits and single hyphens';
    if (code !== 'invalid_type') return undefined;
    return input === undefined || input === null ? 'is required' : `must be ${expected}, not ${describeValue(input)}`;
  };
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return `a date (${value.toISOString().slice(0, 10)}; quote it to keep it as text)`;
  switch (typeof value) {
    case 'number':
    case 'bigint':
      return `a number (${String(value)})`;
    case 'boolean':
      return `${String(value)} (quote it to keep it as text)`;
    case 'string':
      return 'text';
    case 'object':
      return 'a mapping of fields';
    default:
      return typeof value;
  }
}

/** Front matter of one article in `content/articles/YYYY/*.mdx`. */
export const articleSchema = z.object({
  /** Headline shown on the article page and in every list. */
  title: z
    .string({ error: typeMessage('text') })
    .trim()
    .min(1, 'must not be empty'),
  /** Publication date; decides where the article appears in the date archive. */
  date: calendarDateSchema,
  /** Ids from `content/people.json` of the people the article is about or quotes. */
  people: z.array(entityIdSchema, { error: typeMessage('a list of ids') }).default([]),
  /** Ids from `content/organisations.json` of the organisations the article names. */
  organisations: z.array(entityIdSchema, { error: typeMessage('a list of ids') }).default([]),
  /** Ids from `content/events.json` of the named events the article reports. */
  events: z.array(entityIdSchema, { error: typeMessage('a list of ids') }).default([]),
  /** Places named in the article, as written (not yet entities with pages). */
  places: z
    .array(
      z
        .string({ error: typeMessage('text') })
        .trim()
        .min(1),
      { error: typeMessage('a list of names') },
    )
    .default([]),
  /** The headline's kicker ("Putin's India Visit"): groups articles that follow one story. */
  story: z
    .string({ error: typeMessage('text') })
    .trim()
    .min(1)
    .optional(),
  /** The first sentence, for lists, feeds and link previews. */
  summary: z
    .string({ error: typeMessage('text') })
    .trim()
    .min(1)
    .optional(),
  /** Where the text came from (a publication, a wire service or a file name). */
  source: z
    .string({ error: typeMessage('text') })
    .trim()
    .min(1)
    .optional(),
  /** Digest of the article ingest parsed (date, headline line, paragraphs), so importing it again changes nothing. */
  hash: z
    .string()
    .regex(/^[a-f0-9]{16,64}$/)
    .optional(),
  /** Role each person had in this article ("Defence Minister"), keyed by person id. */
  roles: z
    .record(
      entityIdSchema,
      z
        .string({ error: typeMessage('text') })
        .trim()
        .min(1),
      {
        error: typeMessage('a mapping of id to role'),
      },
    )
    .default({}),
});
