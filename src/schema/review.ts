import { z } from 'astro/zod';

/** Why a name was not linked: editors settle it by adding, confirming or rejecting an entity. */
export const reviewReasonSchema = z.enum([
  'low confidence',
  'ambiguous',
  'name only',
  'no id',
  'weak evidence',
  'kind disputed',
  'country unknown',
]);

/** One name waiting for an editor in `content/review.json`. */
export const reviewEntrySchema = z.object({
  /** Which registry the name would belong to. */
  kind: z.enum(['people', 'organisations']),
  /** The name as the text wrote it. */
  name: z.string().min(1),
  /** `low confidence`: the extractor was unsure; `ambiguous`: several entities have this name;
   * `name only`: a one-word person name never given in full; `no id`: the name slugs to nothing usable;
   * `weak evidence`: an entity linked but without a page until more articles or a strong cue name it, or
   * an editor confirms it; `kind disputed`: as many articles read it as the other kind (a company filed as
   * a person). The last two name the entity in `candidates`. `country unknown`: a body every country has
   * ("the Finance Ministry") in an article that does not say whose. */
  reason: reviewReasonSchema,
  /** The extractor's highest confidence for the name, 0–1. */
  confidence: z.number().min(0).max(1),
  /** Ids of the entities the name could mean, when it is ambiguous. */
  candidates: z.array(z.string()).default([]),
  /** Ids of the articles it appeared in (`2025/2025-12-04-…`). */
  articles: z.array(z.string()).default([]),
});

/** An entry of the review report. */
export type ReviewEntry = z.output<typeof reviewEntrySchema>;
