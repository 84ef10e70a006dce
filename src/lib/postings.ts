import { ENTITY_KINDS, type Article } from './types.ts';

/** Each entity's articles as one flat list: entity `e`'s are `postings[postingStart[e]]` up to `postings[postingStart[e + 1]]`. */
export interface Postings {
  postingStart: Int32Array;
  postings: Int32Array;
}

/**
 * The entities the articles name, as small numbers in the order they first appear (each article's
 * people, then organisations, then events, in the order it names them), with each article's
 * distinct entities and each entity's articles, in input order, as flat lists.
 */
export interface EntityPostings extends Postings {
  /** Article `index`'s entities are `keys[keyStart[index]]` up to `keys[keyStart[index + 1]]`. */
  keyStart: Int32Array;
  keys: Int32Array;
  /** Each entity's kind, as its place in `ENTITY_KINDS`, and its id. */
  kinds: Uint8Array;
  ids: readonly string[];
}

/** The numbering related articles and co-mentions are both counted over; see {@link EntityPostings}. */
export function entityPostings(articles: readonly Article[]): EntityPostings {
  // One table per kind, so that a person and an organisation of the same id stay apart.
  const tables = ENTITY_KINDS.map(() => new Map<string, number>());
  const keyStart = new Int32Array(articles.length + 1);
  const keyList: number[] = [];
  const kindList: number[] = [];
  const ids: string[] = [];
  // The article that last named each entity, so that an article naming one twice counts it once.
  const lastSeen: number[] = [];
  articles.forEach((article, index) => {
    keyStart[index] = keyList.length;
    ENTITY_KINDS.forEach((kindName, kind) => {
      const table = tables[kind]!;
      for (const id of article[kindName]) {
        let key = table.get(id);
        if (key === undefined) {
          key = lastSeen.length;
          table.set(id, key);
          lastSeen.push(-1);
          kindList.push(kind);
          ids.push(id);
        }
        if (lastSeen[key] === index) continue;
        lastSeen[key] = index;
        keyList.push(key);
      }
    });
  });
  keyStart[articles.length] = keyList.length;
  const keys = Int32Array.from(keyList);
  const { postingStart, postings } = postingsOf(keyStart, keys, lastSeen.length);
  return { keyStart, keys, kinds: Uint8Array.from(kindList), ids, postingStart, postings };
}

/**
 * The articles of each of `entityCount` entities, in article order, from each article's distinct
 * entity numbers (article `a`'s are `keys[keyStart[a]]` up to `keys[keyStart[a + 1]]`): a count
 * per entity, their running sum, then one pass placing each article, so no entity's list is sorted.
 */
export function postingsOf(keyStart: Int32Array, keys: Int32Array, entityCount: number): Postings {
  const postingStart = new Int32Array(entityCount + 1);
  for (const key of keys) postingStart[key + 1] = postingStart[key + 1]! + 1;
  for (let key = 0; key < entityCount; key += 1) postingStart[key + 1] = postingStart[key + 1]! + postingStart[key]!;
  const postings = new Int32Array(keys.length);
  const filled = postingStart.slice(0, entityCount);
  for (let article = 0; article + 1 < keyStart.length; article += 1) {
    for (let at = keyStart[article]!; at < keyStart[article + 1]!; at += 1) {
      const key = keys[at]!;
      postings[filled[key]!] = article;
      filled[key] = filled[key]! + 1;
    }
  }
  return { postingStart, postings };
}
