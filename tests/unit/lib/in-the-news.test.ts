import { describe, expect, it } from 'vitest';
import { busiestStories, leadingArticles, mostNamed, recentWindow } from '../../../src/lib/in-the-news.ts';
import { makeArticle } from '../../helpers/make-article.ts';

describe('recentWindow', () => {
  it('keeps the days up to the newest article, counted from it, not from the clock', () => {
    const articles = [
      makeArticle({ id: 'old', date: '1987-02-20' }),
      makeArticle({ id: 'edge', date: '1987-02-24' }),
      makeArticle({ id: 'new', date: '1987-03-02' }),
    ];
    // 2 March back 7 days inclusive: 24 February to 2 March (1987 is not a leap year).
    expect(recentWindow(articles, 7).map((article) => article.id)).toEqual(['edge', 'new']);
    expect(recentWindow([], 7)).toEqual([]);
  });
});

describe('mostNamed', () => {
  it('counts each article once per entity, most first, ties by id', () => {
    const articles = [
      makeArticle({ people: ['b', 'a', 'a'] }),
      makeArticle({ people: ['b'] }),
      makeArticle({ people: ['c'] }),
    ];
    expect(mostNamed(articles, 'people', 2)).toEqual([
      { id: 'b', count: 2 },
      { id: 'a', count: 1 },
    ]);
  });
});

describe('busiestStories', () => {
  it('lists stories with more than one article, most first, ties by id', () => {
    const articles = [
      makeArticle({ story: 'Two' }),
      makeArticle({ story: 'Two' }),
      makeArticle({ story: 'Alpha' }),
      makeArticle({ story: 'Alpha' }),
      makeArticle({ story: 'Once' }),
      makeArticle(),
    ];
    expect(busiestStories(articles, (article) => article.story?.toLowerCase(), 5)).toEqual([
      { id: 'alpha', count: 2 },
      { id: 'two', count: 2 },
    ]);
  });
});

describe('leadingArticles', () => {
  it('puts articles about the recurring names first and one-off tables last, ties in filing order', () => {
    const table = makeArticle({ id: 'table', title: 'A one-line table', source: '1.txt' });
    const about = makeArticle({ id: 'about', people: ['p'], organisations: ['o'], source: '3.txt' });
    const also = makeArticle({ id: 'also', people: ['p'], source: '2.txt' });
    const more = makeArticle({ id: 'more', organisations: ['o'], source: '4.txt' });
    const ranked = leadingArticles([table, about, also, more], 4).map((article) => article.id);
    expect(ranked).toEqual(['about', 'also', 'more', 'table']);
    expect(leadingArticles([table, about, also, more], 1).map((article) => article.id)).toEqual(['about']);
  });
  it('ranks a newer article first among equals on different days', () => {
    const older = makeArticle({ id: 'older', date: '2025-01-01', people: ['p'] });
    const newer = makeArticle({ id: 'newer', date: '2025-01-02', people: ['p'] });
    expect(leadingArticles([older, newer], 2).map((article) => article.id)).toEqual(['newer', 'older']);
  });
});
