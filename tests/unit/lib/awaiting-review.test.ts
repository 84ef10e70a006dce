import { describe, expect, it } from 'vitest';
import { articlesAwaitingReview } from '../../../src/lib/awaiting-review.ts';

describe('articlesAwaitingReview', () => {
  it('counts, for each candidate of an unlinked name, the articles it awaits review in, once each', () => {
    const counts = articlesAwaitingReview([
      { kind: 'people', reason: 'ambiguous', candidates: ['ronald-reagan', 'nancy-reagan'], articles: ['a', 'b'] },
      { kind: 'people', reason: 'low confidence', candidates: ['ronald-reagan'], articles: ['b', 'c'] },
      { kind: 'organisations', reason: 'weak evidence', candidates: ['oper-shr'], articles: ['a'] },
      { kind: 'people', reason: 'name only', candidates: [], articles: ['d'] },
    ]);
    expect([...(counts.get('people:ronald-reagan') ?? [])].sort()).toEqual(['a', 'b', 'c']);
    expect(counts.get('people:nancy-reagan')?.size).toBe(2);
    expect(counts.has('organisations:oper-shr')).toBe(false);
    expect(counts.size).toBe(2);
  });
});
