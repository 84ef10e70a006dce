/** Each entity's articles as one flat list: entity `e`'s are `postings[postingStart[e]]` up to `postings[postingStart[e + 1]]`. */
export interface Postings {
  postingStart: Int32Array;
  postings: Int32Array;
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
