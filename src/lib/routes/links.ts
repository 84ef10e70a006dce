import { entityLink, type EntityLink, type Linkable } from '../article-view.ts';
import type { CoMention } from '../co-occurrence.ts';
import type { Named } from '../in-the-news.ts';
import type { EntityKind } from '../types.ts';

/** An entity link with the number of articles that counted it. */
export type CountedLink = EntityLink & { count: number };

/** Resolves counted ids to links, leaving out entities without a page (rejected ones). */
export function namedLinks(archive: Linkable, named: readonly Named[], kind: EntityKind): CountedLink[] {
  return named
    .map((entry) => ({ ...entityLink(archive, kind, entry.id), count: entry.count }))
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
