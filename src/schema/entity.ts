import { z } from 'astro/zod';

/** A registry entry's identifier: lower-case ASCII words joined by single hyphens. */
export const entityIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens');

/**
 * How far an entity is trusted. `confirmed` entities were checked by an editor; `auto` ones were
 * added by ingest and may be wrong; `rejected` names are never extracted or linked again.
 */
export const entityStatusSchema = z.enum(['confirmed', 'auto', 'rejected']);

/**
 * What ingest saw of an entity across the archive, so whether it deserves a page is decided by
 * evidence, not by the one article that happened to register it. Counts only grow; editors may
 * leave them alone (a `confirmed` entity has its page whatever they say).
 */
export const evidenceSchema = z.object({
  /** Articles that link to the entity. */
  articles: z.number().int().min(0).default(0),
  /** Articles that named it with a strong cue of its own: a person's title or role, an organisation's own word or legal form. */
  cues: z.number().int().min(0).default(0),
  /** Articles whose own reading (not the registry's) took the name for a person: a vote on its kind. */
  people: z.number().int().min(0).default(0),
  /** Articles whose own reading took the name for an organisation: a vote on its kind. */
  organisations: z.number().int().min(0).default(0),
});

/** One person or organisation in `content/people.json` or `content/organisations.json`. */
export const entitySchema = z.object({
  /** Stable identifier used in URLs and in article front matter; never changes once published. */
  id: entityIdSchema,
  /** Display name as readers see it, e.g. "Rajnath Singh". */
  name: z.string().trim().min(1, 'must not be empty'),
  /** Other spellings that resolve to this entity ("Singh", "Defence Minister Rajnath Singh" → the id). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** A sentence or two for the profile page, written by an editor. */
  description: z.string().optional(),
  /** Titles and roles seen in the text ("Defence Minister"), most recent first. */
  roles: z.array(z.string().trim().min(1)).default([]),
  /** Editorial trust; see {@link entityStatusSchema}. Hand-written entries default to `confirmed`. */
  status: entityStatusSchema.default('confirmed'),
  /** What ingest saw of an `auto` entity; see {@link evidenceSchema}. Absent for hand-written entries. */
  evidence: evidenceSchema.optional(),
});

/** One named event in `content/events.json`: an entity that may belong to a numbered series. */
export const eventSchema = entitySchema.extend({
  /** Id of the series a numbered event belongs to ("india-russia-annual-summit"), to link its neighbours. */
  series: entityIdSchema.optional(),
  /** The event's number in its series: 23 for "the 23rd India-Russia Annual Summit". */
  ordinal: z.number().int().positive().optional(),
});

export type EntityRecord = z.output<typeof entitySchema>;
export type EventRecord = z.output<typeof eventSchema>;
export type EntityStatus = z.output<typeof entityStatusSchema>;
export type Evidence = z.output<typeof evidenceSchema>;
