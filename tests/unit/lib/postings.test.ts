import { describe, expect, it } from 'vitest';
import { postingsOf } from '../../../src/lib/postings.ts';

describe('postingsOf', () => {
  it("lists each entity's articles in article order, an entity no article names with none", () => {
    // Article 0 names entities 2 and 0, article 1 none, article 2 entities 0 and 1; entity 3 is named nowhere.
    const keyStart = Int32Array.from([0, 2, 2, 4]);
    const keys = Int32Array.from([2, 0, 0, 1]);
    const { postingStart, postings } = postingsOf(keyStart, keys, 4);
    const articlesOf = (entity: number) => [...postings.slice(postingStart[entity], postingStart[entity + 1])];
    expect([0, 1, 2, 3].map(articlesOf)).toEqual([[0, 2], [2], [0], []]);
  });
});
