import { describe, expect, it } from 'vitest';
import { chronologicalNeighbours } from '../../../src/lib/neighbours.ts';
import { makeArticle } from '../../helpers/make-article.ts';

describe('chronologicalNeighbours', () => {
  it('chains articles oldest to newest, same-day ones by headline then id', () => {
    const articles = [
      makeArticle({ id: 'late', date: '2025-02-01', title: 'Z' }),
      makeArticle({ id: 'b', date: '2025-01-01', title: 'Same' }),
      makeArticle({ id: 'a', date: '2025-01-01', title: 'Same' }),
      makeArticle({ id: 'early', date: '2024-01-01', title: 'A' }),
    ];
    const around = chronologicalNeighbours(articles);
    expect(around.get('early')).toEqual({ previous: undefined, next: articles[2] });
    expect(around.get('a')?.next?.id).toBe('b');
    expect(around.get('b')?.next?.id).toBe('late');
    expect(around.get('late')?.next).toBeUndefined();
  });
});
