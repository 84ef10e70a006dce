import type { Archive } from './archive.ts';
import { entityPath } from './paths.ts';
import type { Article, EntityKind } from './types.ts';

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
  readonly article: Article;
  readonly people: readonly EntityLink[];
  readonly organisations: readonly EntityLink[];
  readonly events: readonly EntityLink[];
}

/** What linking needs of the archive: the registries and which of their entities have pages. */
export type Linkable = Pick<Archive, 'entitiesById' | 'withPages'>;

const linksByArchive = new WeakMap<Linkable, Map<string, EntityLink>>();

/**
 * Resolves an entity id to its display name and, only when it has one, its page. An entity is
 * linked from thousands of places (every article naming it, every list counting it), and every
 * page's props are kept until the build ends: each archive makes one link per entity and role,
 * frozen, and every place shares it.
 */
export function entityLink(archive: Linkable, kind: EntityKind, id: string, role?: string): EntityLink {
  let links = linksByArchive.get(archive);
  if (!links) linksByArchive.set(archive, (links = new Map<string, EntityLink>()));
  const key = role === undefined ? `${kind}:${id}` : `${kind}:${id}\u0000${role}`;
  let link = links.get(key);
  if (!link) {
    const entity = archive.entitiesById[kind].get(id);
    link = Object.freeze({
      kind,
      id,
      name: entity?.name ?? id,
      path: archive.withPages[kind].has(id) ? entityPath(kind, id) : undefined,
      role,
    });
    links.set(key, link);
  }
  return link;
}

const viewsByArchive = new WeakMap<Linkable, WeakMap<Article, ArticleView>>();

/**
 * The view of one article used by every list and by its own page. An article is listed on many
 * pages (its day, each of its entities, its story); it gets one view per archive, built once.
 */
export function viewArticle(archive: Linkable, article: Article): ArticleView {
  let views = viewsByArchive.get(archive);
  if (!views) viewsByArchive.set(archive, (views = new WeakMap()));
  let view = views.get(article);
  if (!view) {
    // Frozen, like the links: shared by every list that shows the article, it never changes, and
    // the cache keys remember a frozen object's digest (src/data/cache-key.ts).
    view = Object.freeze({
      article,
      people: Object.freeze(article.people.map((id) => entityLink(archive, 'people', id, article.roles[id]))),
      organisations: Object.freeze(article.organisations.map((id) => entityLink(archive, 'organisations', id))),
      events: Object.freeze(article.events.map((id) => entityLink(archive, 'events', id))),
    });
    views.set(article, view);
  }
  return view;
}

/**
 * What the layout of every page shows beyond its own props: the header leaves out sections with
 * nothing in them ("Stories" for wire copy without kickers). Part of every page's cache key.
 */
export function layoutOf(archive: Pick<Archive, 'entityIndexes' | 'stories'>) {
  return { hasEvents: archive.entityIndexes.events.length > 0, hasStories: archive.stories.length > 0 };
}
