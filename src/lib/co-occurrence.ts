import { compareText } from './compare.ts';
import { entityPostings } from './postings.ts';
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
 * often the names recur in it. Every entity an article names has an entry, in the order the
 * articles first name them, even one never named beside another.
 *
 * Written over small numbers rather than a map of maps keyed by strings: at 20,000 articles the
 * strings, maps and per-row sorts were most of the archive's index time on every build. Entities
 * are numbered as they first appear, each article's distinct entities and each entity's articles
 * are kept in flat arrays, and one entity's row is counted in a scratch array and ranked by one
 * number per neighbour (count, then the place of its key in the order `compareText` gives).
 */
export function countCoMentions(articles: readonly Article[], limit: number): Map<EntityKey, CoMention[]> {
  const { kinds, ids, keyStart, keys: entityKeys, postingStart, postings } = entityPostings(articles);
  const keys = ids.map((id, entity) => entityKey(ENTITY_KINDS[kinds[entity]!]!, id));
  const entityCount = keys.length;
  const { textRank, byTextRank } = textRanks(keys);
  const result = new Map<EntityKey, CoMention[]>();
  const counts = new Int32Array(entityCount);
  const reached = new Int32Array(entityCount);
  for (let entity = 0; entity < entityCount; entity += 1) {
    let reachedCount = 0;
    let most = 0;
    for (let posting = postingStart[entity]!; posting < postingStart[entity + 1]!; posting += 1) {
      const article = postings[posting]!;
      for (let at = keyStart[article]!; at < keyStart[article + 1]!; at += 1) {
        const other = entityKeys[at]!;
        if (other === entity) continue;
        if (counts[other] === 0) reached[reachedCount++] = other;
        const count = counts[other]! + 1;
        counts[other] = count;
        if (count > most) most = count;
      }
    }
    // Ascending order of (most - count) * entityCount + rank is count descending, then key text.
    const order = new Float64Array(reachedCount);
    for (let at = 0; at < reachedCount; at += 1) {
      const other = reached[at]!;
      order[at] = (most - counts[other]!) * entityCount + textRank[other]!;
    }
    order.sort();
    const taken = [0, 0, 0];
    const ranked: CoMention[] = [];
    for (let at = 0; at < reachedCount; at += 1) {
      const other = byTextRank[order[at]! % entityCount]!;
      const kind = kinds[other]!;
      if (taken[kind]! >= limit) continue;
      taken[kind] = taken[kind]! + 1;
      ranked.push({ kind: ENTITY_KINDS[kind]!, id: ids[other]!, count: counts[other]! });
    }
    for (let at = 0; at < reachedCount; at += 1) counts[reached[at]!] = 0;
    result.set(keys[entity]!, ranked);
  }
  return result;
}

/** Each key's place among all keys in `compareText` order, and the key at each place. */
function textRanks(keys: readonly EntityKey[]): { textRank: Int32Array; byTextRank: Int32Array } {
  const byTextRank = Int32Array.from(keys.keys()).sort((a, b) => compareText(keys[a]!, keys[b]!));
  const textRank = new Int32Array(keys.length);
  for (let rank = 0; rank < keys.length; rank += 1) textRank[byTextRank[rank]!] = rank;
  return { textRank, byTextRank };
}
