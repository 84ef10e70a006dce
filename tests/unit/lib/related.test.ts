import { describe, expect, it } from 'vitest';
import { compareNewestFirst } from '../../../src/lib/compare.ts';
import { relatedArticles } from '../../../src/lib/related.ts';
import type { Article } from '../../../src/lib/types.ts';
import { makeArticle } from '../../helpers/make-article.ts';

describe('relatedArticles', () => {
  const reader = makeArticle({ id: 'reader', people: ['common', 'rare'], organisations: ['org'] });
  const sharesRare = makeArticle({ id: 'rare-1', date: '2020-01-01', people: ['rare'] });
  const sharesCommon = makeArticle({ id: 'common-1', date: '2025-06-01', people: ['common'] });
  // Same date and score: their titles, in another order than their ids, decide first; ids only
  // between equal titles.
  const fillerTitles = ['Quota', 'Port', 'Quota', 'Port', 'Asylum'];
  const fillers = fillerTitles.map((title, i) => makeArticle({ id: `filler-${i}`, title, people: ['common'] }));
  const unrelated = makeArticle({ id: 'unrelated', people: ['someone-else'] });
  const articles = [reader, sharesRare, sharesCommon, ...fillers, unrelated];

  it('ranks an article sharing a rare entity above one sharing a common entity', () => {
    const ids = relatedArticles(articles, 3)
      .get('reader')!
      .map((r) => r.article.id);
    expect(ids[0]).toBe('rare-1');
  });
  it('never lists the article itself or articles sharing nothing', () => {
    const ids = relatedArticles(articles, 20)
      .get('reader')!
      .map((r) => r.article.id);
    expect(ids).not.toContain('reader');
    expect(ids).not.toContain('unrelated');
  });
  it('breaks equal scores by date, newest first, then by title, then by id', () => {
    const ids = relatedArticles(articles, 20)
      .get('reader')!
      .map((r) => r.article.id);
    expect(ids.slice(1)).toEqual(['common-1', 'filler-4', 'filler-1', 'filler-3', 'filler-0', 'filler-2']);
  });
  it('returns at most `limit` articles', () => {
    expect(relatedArticles(articles, 2).get('reader')).toHaveLength(2);
  });
  it('counts shared events too', () => {
    const a = makeArticle({ id: 'a', events: ['summit'] });
    const b = makeArticle({ id: 'b', events: ['summit'] });
    expect(
      relatedArticles([a, b], 5)
        .get('a')!
        .map((r) => r.article.id),
    ).toEqual(['b']);
  });
  it('skips entities named too often to be evidence', () => {
    const result = relatedArticles(articles, 20, 3)
      .get('reader')!
      .map((r) => r.article.id);
    expect(result).toEqual(['rare-1']);
  });
});

describe('relatedArticles against the definition', () => {
  // A small deterministic generator, so that a failure names an archive that can be rebuilt.
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }
  function archive(seed: number, size: number): Article[] {
    const next = random(seed);
    const pick = (pool: number, prefix: string) => `${prefix}${Math.floor(next() * next() * pool)}`;
    // Few dates, titles and entities, so that equal scores, dates and headlines are common.
    return Array.from({ length: size }, (_, i) =>
      makeArticle({
        id: `a-${String(size - i).padStart(3, '0')}`,
        date: `2024-01-0${1 + Math.floor(next() * 3)}`,
        title: ['Port', 'port', 'Quota', 'Émile'][Math.floor(next() * 4)],
        people: Array.from({ length: Math.floor(next() * 4) }, () => pick(30, 'p')),
        organisations: Array.from({ length: Math.floor(next() * 3) }, () => pick(8, 'p')),
        events: next() < 0.2 ? [pick(4, 'e')] : [],
      }),
    );
  }
  /** Every pair scored, summed in the reader's order of entities, everything sorted. */
  function reference(articles: Article[], limit: number, maxPostings: number) {
    const keysOf = (a: Article) => [
      ...new Set([
        ...a.people.map((id) => `p:${id}`),
        ...a.organisations.map((id) => `o:${id}`),
        ...a.events.map((id) => `e:${id}`),
      ]),
    ];
    const counts = new Map<string, number>();
    for (const article of articles) for (const key of keysOf(article)) counts.set(key, (counts.get(key) ?? 0) + 1);
    return new Map(
      articles.map((reader) => {
        const scored = articles
          .filter((other) => other !== reader)
          .map((other) => {
            const theirs = new Set(keysOf(other));
            let sum = 0;
            for (const key of keysOf(reader)) {
              const count = counts.get(key)!;
              if (theirs.has(key) && count <= maxPostings) sum += Math.log((articles.length + 1) / count);
            }
            return { article: other, score: Math.round(sum * 1e6) / 1e6 };
          })
          .filter((entry) => entry.score > 0)
          .sort((a, b) => b.score - a.score || compareNewestFirst(a.article, b.article));
        return [reader.id, scored.slice(0, limit)];
      }),
    );
  }

  it.each([1, 2, 3, 4])('gives every article the top of all others ranked, archive %i', (seed) => {
    const articles = archive(seed, 120);
    const sorted = [...articles].sort(compareNewestFirst);
    for (const [limit, maxPostings] of [
      [5, 2000],
      [3, 12],
      [1, 40],
    ] as const) {
      const expected = reference(sorted, limit, maxPostings);
      // In the archive's order, and in another one: the order the articles come in changes nothing.
      expect(relatedArticles(sorted, limit, maxPostings)).toEqual(expected);
      expect(relatedArticles(articles, limit, maxPostings)).toEqual(expected);
    }
  });
});
