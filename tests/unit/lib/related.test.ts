import { describe, expect, it } from 'vitest';
import { relatedArticles } from '../../../src/lib/related.ts';
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
