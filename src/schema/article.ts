import { z } from 'astro/zod';
import { isMatch } from 'date-fns/isMatch';
import { entityIdSchema } from './entity.ts';

/**
 * A calendar date written `YYYY-MM-DD`. Kept as a string, never a `Date`, so that 2025-12-04 is
 * the 4th in every time zone the site is built or read in.
 */
export const calendarDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((value) => isMatch(value, 'yyyy-MM-dd'), 'is not a real calendar date');

/** Front matter of one article in `content/articles/YYYY/*.mdx`. */
export const articleSchema = z.object({
  /** Headline shown on the article page and in every list. */
  title: z.string({ error: 'is required' }).trim().min(1, 'must not be empty'),
  /** Publication date; decides where the article appears in the date archive. */
  date: calendarDateSchema,
  /** Ids from `content/people.json` of the people the article is about or quotes. */
  people: z.array(entityIdSchema).default([]),
  /** Ids from `content/organisations.json` of the organisations the article names. */
  organisations: z.array(entityIdSchema).default([]),
  /** Ids from `content/events.json` of the named events the article reports. */
  events: z.array(entityIdSchema).default([]),
  /** Places named in the article, as written (not yet entities with pages). */
  places: z.array(z.string().trim().min(1)).default([]),
  /** The headline's kicker ("Putin's India Visit"): groups articles that follow one story. */
  story: z.string().trim().min(1).optional(),
  /** The first sentence, for lists, feeds and link previews. */
  summary: z.string().trim().min(1).optional(),
  /** Where the text came from (a publication, a wire service or a file name). */
  source: z.string().trim().min(1).optional(),
  /** Digest of the raw text ingest read, so importing the same text again changes nothing. */
  hash: z
    .string()
    .regex(/^[a-f0-9]{16,64}$/)
    .optional(),
  /** Role each person had in this article ("Defence Minister"), keyed by person id. */
  roles: z.record(entityIdSchema, z.string().trim().min(1)).default({}),
});

export type ArticleFrontmatter = z.output<typeof articleSchema>;
