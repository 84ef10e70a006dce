import { compareByCountThenName, compareByName, compareBySurname, compareNewestFirst } from './compare.ts';
import { hasPage } from './trust.ts';
import { ENTITY_KINDS, type Article, type Entity, type EntityKind } from './types.ts';

/** One entity with every article that names it, newest first. */
export interface EntityEntry {
  entity: Entity;
  articles: Article[];
}

/**
 * Index of one entity kind: entity → its articles. Entities no article names and those without
 * a page by {@link hasPage} are left out; the result is A–Z by display name, people by surname (as
 * a reader looks them up), the display name unchanged.
 */
export function indexByEntity(
  articles: readonly Article[],
  kind: EntityKind,
  entities: readonly Entity[],
): EntityEntry[] {
  // Each article once per entity, however often its front matter repeats the id.
  const mentions = articles.flatMap((article) => [...new Set(article[kind])].map((id) => ({ id, article })));
  const byId = Map.groupBy(mentions, (mention) => mention.id);
  return entities
    .filter((entity) => hasPage(kind, entity) && byId.has(entity.id))
    .map((entity) => ({
      entity,
      articles: (byId.get(entity.id) ?? []).map((mention) => mention.article).sort(compareNewestFirst),
    }))
    .sort((a, b) => (kind === 'people' ? compareBySurname : compareByName)(a.entity, b.entity));
}

/** The same entries ordered by how many articles name them, most first (ties A–Z). */
export function sortByArticleCount(entries: readonly EntityEntry[]): EntityEntry[] {
  return [...entries].sort((a, b) =>
    compareByCountThenName(
      { name: a.entity.name, id: a.entity.id, count: a.articles.length },
      { name: b.entity.name, id: b.entity.id, count: b.articles.length },
    ),
  );
}

/** An article that names an entity id missing from its registry. */
export interface UnknownReference {
  articleId: string;
  /** The front-matter field that holds the id. */
  field: EntityKind | 'roles';
  /** The registry the id should be in. */
  registry: EntityKind;
  id: string;
}

/**
 * Every reference from an article to an id its registry does not hold, in article order: the
 * ids in `people`, `organisations` and `events`, and the person ids `roles` is keyed by (a role
 * for an id in no registry would be shown nowhere, silently).
 */
export function findUnknownReferences(
  articles: readonly Article[],
  known: Record<EntityKind, ReadonlySet<string>>,
): UnknownReference[] {
  const problems: UnknownReference[] = [];
  for (const article of articles) {
    for (const field of ENTITY_KINDS) {
      for (const id of article[field]) {
        if (!known[field].has(id)) problems.push({ articleId: article.id, field, registry: field, id });
      }
    }
    for (const id of Object.keys(article.roles).sort()) {
      if (!known.people.has(id)) problems.push({ articleId: article.id, field: 'roles', registry: 'people', id });
    }
  }
  return problems;
}
