import type { Article, EntityKind } from '@/lib/types.ts';
import { entityPath } from '@/lib/paths.ts';
import { archive } from './archive.ts';

const { entitiesByCount, entitiesById, entityIndexes, stories } = archive;

/** An entity as a link target: the name to show, and the page path when it has one. */
export interface EntityLink {
  kind: EntityKind;
  id: string;
  name: string;
  /** Undefined for entities without a page (see `hasPage` in `src/lib/trust.ts`). */
  path?: string;
  role?: string;
}

/** An article with its entities resolved to names, ready for a card or a header. */
export interface ArticleView {
  article: Article;
  people: EntityLink[];
  organisations: EntityLink[];
  events: EntityLink[];
}

const withPages: Record<EntityKind, Set<string>> = {
  people: new Set(entityIndexes.people.map((entry) => entry.entity.id)),
  organisations: new Set(entityIndexes.organisations.map((entry) => entry.entity.id)),
  events: new Set(entityIndexes.events.map((entry) => entry.entity.id)),
};

/** Resolves an entity id to its display name and page. */
export function entityLink(kind: EntityKind, id: string, role?: string): EntityLink {
  const entity = entitiesById[kind].get(id);
  return {
    kind,
    id,
    name: entity?.name ?? id,
    path: withPages[kind].has(id) ? entityPath(kind, id) : undefined,
    role,
  };
}

const views = new WeakMap<Article, ArticleView>();

/**
 * The view of one article used by every list and by its own page. An article is listed on many
 * pages (its day, each of its entities, its story); it gets one view, built once.
 */
export function viewArticle(article: Article): ArticleView {
  let view = views.get(article);
  if (!view) {
    view = {
      article,
      people: article.people.map((id) => entityLink('people', id, article.roles[id])),
      organisations: article.organisations.map((id) => entityLink('organisations', id)),
      events: article.events.map((id) => entityLink('events', id)),
    };
    views.set(article, view);
  }
  return view;
}

/** A row of a counted list: a linked label and its article count. */
export interface CountedRow {
  label: string;
  path?: string;
  count: number;
}

/** The `limit` entities of a kind named in the most articles, for the home page. */
export function mostMentioned(kind: EntityKind, limit: number): CountedRow[] {
  return entitiesByCount[kind].slice(0, limit).map((entry) => ({
    label: entry.entity.name,
    path: entityPath(kind, entry.entity.id),
    count: entry.articles.length,
  }));
}

/**
 * What the layout of every page shows beyond its own props: the header leaves out sections with
 * nothing in them ("Stories" for wire copy without kickers). Part of every page's cache key.
 */
export const layoutData = {
  hasEvents: entityIndexes.events.length > 0,
  hasStories: stories.length > 0,
};
