/** An entity identifier (a slug), as stored in front matter and used in URLs. */
export type EntityId = string;

/** The kinds of entity that have registries and index pages. */
export type EntityKind = 'people' | 'organisations' | 'events';

/** Every entity kind, in the order the site lists them. */
export const ENTITY_KINDS: readonly EntityKind[] = ['people', 'organisations', 'events'];

/** One article as the site sees it: plain data, no Astro types. */
export interface Article {
  /** Collection id, e.g. `2025/2025-12-04-india-russia-meeting`; also the URL path under /articles/. */
  id: string;
  title: string;
  /** Calendar date `YYYY-MM-DD`. */
  date: string;
  people: EntityId[];
  organisations: EntityId[];
  /** Named events the article is about ("the 23rd India-Russia Annual Summit"). */
  events: EntityId[];
  places: string[];
  story?: string;
  summary?: string;
  source?: string;
  roles: Record<EntityId, string>;
}

/** A person or organisation as the site shows it. */
export interface Entity {
  id: EntityId;
  name: string;
  aliases: string[];
  description?: string;
  roles: string[];
  status: 'confirmed' | 'auto' | 'rejected';
  /** What ingest saw of it across the archive (see `src/schema/entity.ts`); decides whether an `auto` entity has a page. */
  evidence?: EntityEvidence;
  /** Events only: the numbered series the event belongs to ("india-russia-annual-summit"). */
  series?: string;
  /** Events only: the event's number within its series (23 for "the 23rd … Summit"). */
  ordinal?: number;
}

/** Counts ingest keeps for an entity: articles linking it, articles with a strong cue, and votes on its kind. */
export interface EntityEvidence {
  articles: number;
  cues: number;
  people: number;
  organisations: number;
}
