import { getCollection, type CollectionEntry } from 'astro:content';
import { buildArchive, type Archive } from '@/lib/archive.ts';
import { findUnknownReferences } from '@/lib/by-entity.ts';
import { compareNewestFirst } from '@/lib/compare.ts';
import { legalText } from '@/lib/legal-text.ts';
import { type Article, type Entity, type EntityKind } from '@/lib/types.ts';
import { CO_MENTION_LIMIT, RELATED_LIMIT, contentDir } from '@/site/config.ts';

/*
 * The only module that reads the content collections. Each collection is read once (every
 * getCollection call clones all entries), turned into plain values and checked here; the indexes
 * are built from those values by the pure `buildArchive`, once, at module load.
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
// Newest first already, so that the problems below are listed in the archive's own order.
const plainArticles = articleEntries.map(toArticle).sort(compareNewestFirst);

const unknown = findUnknownReferences(plainArticles, {
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

/** Every index of the archive, built once (see `src/lib/archive.ts`). */
export const archive: Archive = buildArchive(
  { articles: plainArticles, registries, review: reviewEntries.map((entry) => entry.data) },
  { coMentions: CO_MENTION_LIMIT, related: RELATED_LIMIT },
);
