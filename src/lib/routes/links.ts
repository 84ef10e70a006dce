import { entityLink, type EntityLink, type Linkable } from '../article-view.ts';
import type { CoMention } from '../co-occurrence.ts';
import type { Named } from '../in-the-news.ts';
import type { EntityKind } from '../types.ts';

/** An entity link with the number of articles that counted it. */
export type CountedLink = EntityLink & { count: number };

/**
 * A link with its count, its fields written out: an object spread from the frozen link keeps
 * them in a second block of memory, and profiles and year pages keep theirs until the build ends.
 */
export function countedLink(link: EntityLink, count: number): CountedLink {
  return { kind: link.kind, id: link.id, name: link.name, path: link.path, role: link.role, count };
}

/** Resolves counted ids to links, leaving out entities without a page (rejected ones). */
export function namedLinks(archive: Linkable, named: readonly Named[], kind: EntityKind): CountedLink[] {
  return named
    .map((entry) => countedLink(entityLink(archive, kind, entry.id), entry.count))
    .filter((link) => link.path !== undefined);
}

/** The co-mentions of one kind as links, leaving out entities without a page. */
export function coMentionLinks(archive: Linkable, related: readonly CoMention[], kind: EntityKind): CountedLink[] {
  return namedLinks(
    archive,
    related.filter((mention) => mention.kind === kind),
    kind,
  );
}
