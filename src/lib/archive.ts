import { adjacentBy } from './adjacent.ts';
import { articlesAwaitingReview, type ReviewedName } from './awaiting-review.ts';
import { groupByDate } from './by-date.ts';
import { indexByEntity, sortByArticleCount, type EntityEntry } from './by-entity.ts';
import { countCoMentions } from './co-occurrence.ts';
import { compareNewestFirst } from './compare.ts';
import { chronologicalNeighbours } from './neighbours.ts';
import { groupByMonthDay } from './on-this-day.ts';
import { relatedArticles } from './related.ts';
import { seriesNeighbours } from './series.ts';
import { groupStories, storyPositions } from './stories.ts';
import { ENTITY_KINDS, type Article, type Entity, type EntityKind } from './types.ts';

/** How long the archive's ranked lists run; the site's values are in `src/site/config.ts`. */
export interface ArchiveLimits {
  /** Co-mentioned entities kept per kind for each entity. */
  coMentions: number;
  /** Related articles kept for each article. */
  related: number;
}

/** What the archive is made of: plain articles, the registries, and what awaits an editor. */
export interface ArchiveInput {
  articles: readonly Article[];
  registries: Record<EntityKind, readonly Entity[]>;
  review?: readonly ReviewedName[];
}

/** One value per kind of entity. */
type ByKind<T> = Record<EntityKind, T>;

const byKind = <T>(make: (kind: EntityKind) => T): ByKind<T> =>
  Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, make(kind)])) as ByKind<T>;

/**
 * Every index the site is built from, computed once from the archive's plain data. Routes, feeds
 * and page bodies only pick from it.
 */
export function buildArchive(input: ArchiveInput, limits: ArchiveLimits) {
  const articles: Article[] = [...input.articles].sort(compareNewestFirst);
  const { registries } = input;
  const dateTree = groupByDate(articles);
  const yearsOldestFirst = [...dateTree].reverse();
  const monthsOldestFirst = yearsOldestFirst.flatMap((year) => year.months);
  const entityIndexes: ByKind<EntityEntry[]> = byKind((kind) => indexByEntity(articles, kind, registries[kind]));
  const stories = groupStories(articles);
  const anniversaries = groupByMonthDay(articles);
  return {
    /** Every article, newest first. */
    articles,
    /** Entities by kind and id, for turning front-matter ids into names and links. */
    entitiesById: byKind((kind) => new Map(registries[kind].map((entity) => [entity.id, entity]))),
    /** Years → months → days of the whole archive. */
    dateTree,
    /** The years before and after each year, by year. */
    yearNeighbours: adjacentBy(yearsOldestFirst, (year) => year.year),
    /** The months with articles before and after each month, by `YYYY-MM`. */
    monthNeighbours: adjacentBy(monthsOldestFirst, (month) => month.yearMonth),
    /** The days with articles before and after each day, by date. */
    dayNeighbours: adjacentBy(
      monthsOldestFirst.flatMap((month) => month.days),
      (day) => day.date,
    ),
    /** Each kind's entities that have pages, A–Z, with their articles. */
    entityIndexes,
    /** The ids of each kind's entities that have pages: the only ones linked anywhere. */
    withPages: byKind((kind) => new Set(entityIndexes[kind].map((entry) => entry.entity.id))),
    /** Each kind's entities ordered by article count, most first. */
    entitiesByCount: byKind((kind) => sortByArticleCount(entityIndexes[kind])),
    /** For every entity (`kind:id`), the articles whose mention of a name it may have awaits an editor. */
    awaitingReview: articlesAwaitingReview(input.review ?? []),
    /** For every entity, the entities most often named with it. */
    coMentions: countCoMentions(articles, limits.coMentions),
    /** Each numbered event's neighbours in its series, among events that have pages. */
    seriesById: seriesNeighbours(entityIndexes.events.map((entry) => entry.entity)),
    /** Previous and next article in time, by article id. */
    neighbours: chronologicalNeighbours(articles),
    /** Running stories (articles sharing a kicker), A–Z. */
    stories,
    /** Each article's place in its story, by article id. */
    storyPositionById: storyPositions(stories),
    /** Articles grouped by day of the year, for "on this day". */
    anniversaries,
    /** The calendar days with articles before and after each one, by `MM-DD`. */
    anniversaryNeighbours: adjacentBy(anniversaries, (day) => day.monthDay),
    /** The most related other articles, by article id. */
    relatedById: relatedArticles(articles, limits.related),
  };
}

/** The archive's indexes: what {@link buildArchive} returns. */
export type Archive = ReturnType<typeof buildArchive>;
