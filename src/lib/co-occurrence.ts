import { compareText } from './compare.ts';
import { ENTITY_KINDS, type Article, type EntityKind } from './types.ts';

/** `people:rajnath-singh`: an entity id qualified by its kind, since ids are unique per kind only. */
export type EntityKey = `${EntityKind}:${string}`;

/** An entity named alongside another, with the number of articles naming both. */
export interface CoMention {
  kind: EntityKind;
  id: string;
  count: number;
}

/** Makes the key used by {@link countCoMentions}. */
export function entityKey(kind: EntityKind, id: string): EntityKey {
  return `${kind}:${id}`;
}

/**
 * For every entity, the entities most often named in the same articles: count descending, then
 * kind and id, at most `limit` of each kind per entity. Each article counts once per pair however
 * often the names recur in it.
 */
export function countCoMentions(articles: readonly Article[], limit: number): Map<EntityKey, CoMention[]> {
  const counts = new Map<EntityKey, Map<EntityKey, number>>();
  for (const article of articles) {
    const keys = [...new Set(ENTITY_KINDS.flatMap((kind) => article[kind].map((id) => entityKey(kind, id))))];
    for (const a of keys) {
      let row = counts.get(a);
      if (!row) counts.set(a, (row = new Map<EntityKey, number>()));
      for (const b of keys) if (a !== b) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const result = new Map<EntityKey, CoMention[]>();
  for (const [key, row] of counts) {
    const taken: Record<EntityKind, number> = { people: 0, organisations: 0, events: 0 };
    const ranked: CoMention[] = [];
    for (const [other, count] of [...row.entries()].sort(
      ([keyA, countA], [keyB, countB]) => countB - countA || compareText(keyA, keyB),
    )) {
      const [kind, id] = splitKey(other);
      if (taken[kind] >= limit) continue;
      taken[kind] += 1;
      ranked.push({ kind, id, count });
    }
    result.set(key, ranked);
  }
  return result;
}

function splitKey(key: EntityKey): [EntityKind, string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon) as EntityKind, key.slice(colon + 1)];
}
