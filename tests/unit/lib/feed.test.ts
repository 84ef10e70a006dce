import { describe, expect, it } from 'vitest';
import { feedItems, feedPath, feedText } from '../../../src/lib/feed.ts';
import { makeArticle } from '../../helpers/make-article.ts';

const url = (path: string) => `https://example.org${path}`;

describe('feedPath', () => {
  it('puts the feed beside the page', () => {
    expect(feedPath('/people/rajnath-singh/')).toBe('/people/rajnath-singh/rss.xml');
    expect(feedPath('/')).toBe('/rss.xml');
    expect(feedPath('/stories/x')).toBe('/stories/x/rss.xml');
  });
});

describe('feedItems', () => {
  it('gives headline, summary, date and absolute link for each article', () => {
    const article = makeArticle({ id: '2025/2025-12-04-talks', title: 'Talks', date: '2025-12-04', summary: 'S.' });
    expect(feedItems([article], 10, url)).toEqual([
      {
        title: 'Talks',
        description: 'S.',
        pubDate: new Date(Date.UTC(2025, 11, 4)),
        link: 'https://example.org/articles/2025/2025-12-04-talks/',
      },
    ]);
  });
  it('gives headline and summary as HTML-escaped text a feed can carry', () => {
    const article = makeArticle({ title: 'Sale of <Bankhaus AG>\f', summary: 'A & B\uffff.' });
    const [item] = feedItems([article], 1, url);
    expect(item).toMatchObject({ title: 'Sale of &lt;Bankhaus AG&gt; ', description: 'A &amp; B.' });
  });
  it('lists the newest first and stops at the limit', () => {
    const old = makeArticle({ date: '2020-01-01' });
    const newest = makeArticle({ date: '2025-01-01' });
    const middle = makeArticle({ date: '2022-01-01' });
    expect(feedItems([old, newest, middle], 2, url).map((item) => item.title)).toEqual([newest.title, middle.title]);
  });
  it('orders articles of the same day by headline, whatever order they came in', () => {
    const b = makeArticle({ date: '2024-03-15', title: 'B' });
    const a = makeArticle({ date: '2024-03-15', title: 'A' });
    expect(feedItems([b, a], 5, url).map((item) => item.title)).toEqual(['A', 'B']);
    expect(feedItems([a, b], 5, url).map((item) => item.title)).toEqual(['A', 'B']);
  });
  it('does not reorder the list it was given', () => {
    const first = makeArticle({ date: '2020-01-01' });
    const second = makeArticle({ date: '2025-01-01' });
    const input = [first, second];
    feedItems(input, 5, url);
    expect(input).toEqual([first, second]);
  });
});

describe('feedText', () => {
  it('escapes the text as HTML, so a reader decoding it as HTML shows it as written', () => {
    expect(feedText('<Bankhaus Centrale Credit AG> & "Partners" <b>x</b>')).toBe(
      '&lt;Bankhaus Centrale Credit AG&gt; &amp; &quot;Partners&quot; &lt;b&gt;x&lt;/b&gt;',
    );
  });
  it('escapes an ampersand that already looks like an entity, which is text too', () => {
    expect(feedText('AT&amp;T')).toBe('AT&amp;amp;T');
  });
  it('leaves out what XML cannot carry', () => {
    expect(feedText('a\fb\uffff')).toBe('a b');
  });
});
