import { describe, expect, it } from 'vitest';
import { countCoMentions, entityKey } from '../../../src/lib/co-occurrence.ts';
import { makeArticle } from '../../helpers/make-article.ts';

describe('countCoMentions', () => {
  const articles = [
    makeArticle({ people: ['a', 'b', 'c'], organisations: ['un'] }),
    makeArticle({ people: ['a', 'b'] }),
    makeArticle({ people: ['a', 'c', 'c'] }),
    makeArticle({ people: ['a', 'd'] }),
  ];

  it('counts shared articles per pair, once per article', () => {
    expect(countCoMentions(articles, 10).get(entityKey('people', 'a'))).toEqual([
      { kind: 'people', id: 'b', count: 2 },
      { kind: 'people', id: 'c', count: 2 },
      { kind: 'organisations', id: 'un', count: 1 },
      { kind: 'people', id: 'd', count: 1 },
    ]);
  });
  it('is symmetric', () => {
    const counts = countCoMentions(articles, 10);
    const ab = counts.get(entityKey('people', 'a'))!.find((m) => m.id === 'b')!.count;
    const ba = counts.get(entityKey('people', 'b'))!.find((m) => m.id === 'a')!.count;
    expect(ab).toBe(ba);
  });
  it('keeps at most `limit` of each kind', () => {
    const limited = countCoMentions(articles, 1).get(entityKey('people', 'a'))!;
    expect(limited).toEqual([
      { kind: 'people', id: 'b', count: 2 },
      { kind: 'organisations', id: 'un', count: 1 },
    ]);
  });
  it('keeps a person and an organisation with the same id apart', () => {
    const counts = countCoMentions([makeArticle({ people: ['x'], organisations: ['x'] })], 5);
    expect(counts.get(entityKey('people', 'x'))).toEqual([{ kind: 'organisations', id: 'x', count: 1 }]);
  });
});
