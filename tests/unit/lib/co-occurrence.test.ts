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
  it('gives every named entity an entry, in the order the articles first name them', () => {
    const counts = countCoMentions(
      [
        makeArticle({ organisations: ['harbour-board'], people: ['zoe'] }),
        makeArticle({ people: ['alone'] }),
        makeArticle({ people: ['zoe', 'amir'] }),
      ],
      5,
    );
    expect([...counts.keys()]).toEqual([
      entityKey('people', 'zoe'),
      entityKey('organisations', 'harbour-board'),
      entityKey('people', 'alone'),
      entityKey('people', 'amir'),
    ]);
    expect(counts.get(entityKey('people', 'alone'))).toEqual([]);
  });
  it('breaks equal counts by kind, then id, as text', () => {
    const counts = countCoMentions(
      [makeArticle({ people: ['hub', 'b-2', 'B-1', 'a-10', 'a-9'], organisations: ['zeta-corp', 'alpha-corp'] })],
      10,
    );
    expect(counts.get(entityKey('people', 'hub'))!.map(({ kind, id }) => `${kind}:${id}`)).toEqual([
      'organisations:alpha-corp',
      'organisations:zeta-corp',
      'people:B-1',
      'people:a-10',
      'people:a-9',
      'people:b-2',
    ]);
  });
  it('ranks a higher count before an earlier key and counts each pair on both sides', () => {
    const counts = countCoMentions(
      [
        makeArticle({ people: ['hub', 'zed'] }),
        makeArticle({ people: ['zed', 'hub', 'aldo'] }),
        makeArticle({ people: ['hub', 'zed', 'zed'] }),
      ],
      10,
    );
    expect(counts.get(entityKey('people', 'hub'))).toEqual([
      { kind: 'people', id: 'zed', count: 3 },
      { kind: 'people', id: 'aldo', count: 1 },
    ]);
    expect(counts.get(entityKey('people', 'aldo'))).toEqual([
      { kind: 'people', id: 'hub', count: 1 },
      { kind: 'people', id: 'zed', count: 1 },
    ]);
  });
});
