import { getCollection, type CollectionEntry } from 'astro:content';
import { adjacentBy } from '@/lib/adjacent.ts';
import { articlesAwaitingReview } from '@/lib/awaiting-review.ts';
import { groupByDate } from '@/lib/by-date.ts';
import { findUnknownReferences, indexByEntity, sortByArticleCount, type EntityEntry } from '@/lib/by-entity.ts';
import { countCoMentions } from '@/lib/co-occurrence.ts';
import { compareNewestFirst } from '@/lib/compare.ts';
import { chronologicalNeighbours } from '@/lib/neighbours.ts';
import { legalText } from '@/lib/legal-text.ts';
import { groupByMonthDay } from '@/lib/on-this-day.ts';
import { relatedArticles } from '@/lib/related.ts';
import { groupStories, storyPositions } from '@/lib/stories.ts';
import { seriesNeighbours } from '@/lib/series.ts';
import { type Article, type Entity, type EntityKind } from '@/lib/types.ts';
import { contentDir } from '@/site/config.ts';
import { CO_MENTION_LIMIT, RELATED_LIMIT } from '@/site/config.ts';

/*
 * The only module that reads the content collections. Each collection is read once (every
 * getCollection call clones all entries) and every index is built here, once, at module load;
 * pages only pick from what this module exports.
 */

const [articleEntries, personEntries, organisationEntries, eventEntries, reviewEntries] = await Promise.all([
  getCollection('articles'),
  getCollection('people'),
  getCollection('organisations'),
  getCollection('events'),
  getCollection('review'),
]);

/** The collection entry behind each article, for rendering its body. */
export const entryById = new Map<string, CollectionEntry<'articles'>>(articleEntries.map((entry) => [entry.id, entry]));

function toEntity(entry: CollectionEntry<'people' | 'organisations' | 'events'>): Entity {
  const { id, name, aliases, description, roles, status } = entry.data;
  const evidence = entry.collection === 'events' ? undefined : entry.data.evidence;
  const { series, ordinal } = entry.collection === 'events' ? entry.data : {};
  return { id, name, aliases, description, roles, status, evidence, series, ordinal };
}

/*
 * Headline, summary and kicker reach every page, feed and JSON-LD block that lists the article,
 * so what a hand edit left in them that XML and HTML do not take as text is cleaned here, once.
 */
function toArticle(entry: CollectionEntry<'articles'>): Article {
  const { title, date, people, organisations, events, places, story, summary, source, roles } = entry.data;
  return {
    id: entry.id,
    title: legalText(title),
    date,
    people,
    organisations,
    events,
    places,
    story: story === undefined ? undefined : legalText(story),
    summary: summary === undefined ? undefined : legalText(summary),
    source,
    roles,
  };
}

const registries: Record<EntityKind, Entity[]> = {
  people: personEntries.map(toEntity),
  organisations: organisationEntries.map(toEntity),
  events: eventEntries.map(toEntity),
};

/** Every article, newest first. */
export const articles: Article[] = articleEntries.map(toArticle).sort(compareNewestFirst);

const unknown = findUnknownReferences(articles, {
  people: new Set(registries.people.map((entity) => entity.id)),
  organisations: new Set(registries.organisations.map((entity) => entity.id)),
  events: new Set(registries.events.map((entity) => entity.id)),
});
if (unknown.length > 0) {
  const lines = unknown.map(
    ({ articleId, field, registry, id }) =>
      `${entryById.get(articleId)?.filePath ?? articleId}: ${field}: "${id}" is not in ${contentDir}/${registry}.json`,
  );
  throw new Error(`Articles name entities that do not exist:\n${lines.join('\n')}`);
}

/** Entities by kind and id, for turning front-matter ids into names and links. */
export const entitiesById: Record<EntityKind, Map<string, Entity>> = {
  people: new Map(registries.people.map((entity) => [entity.id, entity])),
  organisations: new Map(registries.organisations.map((entity) => [entity.id, entity])),
  events: new Map(registries.events.map((entity) => [entity.id, entity])),
};

/** Years → months → days of the whole archive. */
export const dateTree = groupByDate(articles);

const yearsOldestFirst = [...dateTree].reverse();
const monthsOldestFirst = yearsOldestFirst.flatMap((year) => year.months);

/** The years before and after each year, by year. */
export const yearNeighbours = adjacentBy(yearsOldestFirst, (year) => year.year);

/** The months with articles before and after each month, by `YYYY-MM`. */
export const monthNeighbours = adjacentBy(monthsOldestFirst, (month) => month.yearMonth);

/** The days with articles before and after each day, by date. */
export const dayNeighbours = adjacentBy(
  monthsOldestFirst.flatMap((month) => month.days),
  (day) => day.date,
);

/** Each kind's entities that have pages, A–Z, with their articles. */
export const entityIndexes: Record<EntityKind, EntityEntry[]> = {
  people: indexByEntity(articles, 'people', registries.people),
  organisations: indexByEntity(articles, 'organisations', registries.organisations),
  events: indexByEntity(articles, 'events', registries.events),
};

/** Each kind's entities ordered by article count, most first. */
export const entitiesByCount: Record<EntityKind, EntityEntry[]> = {
  people: sortByArticleCount(entityIndexes.people),
  organisations: sortByArticleCount(entityIndexes.organisations),
  events: sortByArticleCount(entityIndexes.events),
};

/** For every entity (`kind:id`), the articles whose mention of a name it may have awaits an editor. */
export const awaitingReview = articlesAwaitingReview(reviewEntries.map((entry) => entry.data));

/** For every entity, the entities most often named with it. */
export const coMentions = countCoMentions(articles, CO_MENTION_LIMIT);

/** Each numbered event's neighbours in its series, among events that have pages. */
export const seriesById = seriesNeighbours(entityIndexes.events.map((entry) => entry.entity));

/** Previous and next article in time, by article id. */
export const neighbours = chronologicalNeighbours(articles);

/** Running stories (articles sharing a kicker), A–Z. */
export const stories = groupStories(articles);

/** Each article's place in its story, by article id. */
export const storyPositionById = storyPositions(stories);

/** Articles grouped by day of the year, for "on this day". */
export const anniversaries = groupByMonthDay(articles);

/** The calendar days with articles before and after each one, by `MM-DD`. */
export const anniversaryNeighbours = adjacentBy(anniversaries, (day) => day.monthDay);

/** The most related other articles, by article id. */
export const relatedById = relatedArticles(articles, RELATED_LIMIT);
