import type { EntityKind } from './types.ts';

/** What counting needs of a review entry (see `src/schema/review.ts`). */
export interface ReviewedName {
  kind: 'people' | 'organisations';
  reason: string;
  candidates: string[];
  articles: string[];
}

/* Reasons for which the candidates are entities the name may mean but was not linked to. */
const UNLINKED = new Set(['ambiguous', 'low confidence']);

/**
 * For each entity (`kind:id`), the articles naming it in a way that awaits an editor: a name that
 * could be it or another, or one the extractor was unsure of. Entries about an entity's own
 * evidence are left out; those entities have no page to say it on.
 */
export function articlesAwaitingReview(entries: readonly ReviewedName[]): Map<string, Set<string>> {
  const byEntity = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (!UNLINKED.has(entry.reason)) continue;
    for (const id of entry.candidates) {
      const key = `${entry.kind satisfies EntityKind}:${id}`;
      const articles = byEntity.get(key) ?? new Set<string>();
      for (const article of entry.articles) articles.add(article);
      byEntity.set(key, articles);
    }
  }
  return byEntity;
}
