import { describe, expect, it } from 'vitest';
import { searchedParts } from '../../../src/search/searched-parts.ts';

/** An article page laid out as the site lays it out: text, hidden facets, then lists around them. */
const page = ({
  lang = 'en-GB',
  title = 'Talks resume',
  text = 'Talks resumed on Monday.',
  facet = 'Ada Lovelace',
  related = 'Another article',
} = {}) =>
  `<!doctype html><html lang="${lang}"><head><title>${title} · Dateline</title></head><body><main>` +
  `<article class="article" data-pagefind-body><h1>${title}</h1><p data-pagefind-ignore>kicker</p><p>${text}</p></article>` +
  `<div hidden data-search-facets><span data-pagefind-filter="person">${facet}</span></div>` +
  `<aside><h2>Related</h2><a href="/x/">${related}</a></aside></main></body></html>`;

describe('searchedParts', () => {
  it('ignores what search does not read: the related articles and neighbours around the text', () => {
    expect(searchedParts(page({ related: 'A newer article' }))).toBe(searchedParts(page()));
  });

  it('changes with the text, the facets, the title and the language', () => {
    const base = searchedParts(page());
    expect(searchedParts(page({ text: 'Talks resumed on Tuesday.' }))).not.toBe(base);
    expect(searchedParts(page({ facet: 'Charles Babbage' }))).not.toBe(base);
    expect(searchedParts(page({ title: 'Talks stall' }))).not.toBe(base);
    expect(searchedParts(page({ lang: 'fr' }))).not.toBe(base);
  });

  it('counts the whole page when a search attribute stands outside the text and facets', () => {
    const html = page().replace('<aside>', '<aside data-pagefind-meta="x">');
    expect(searchedParts(html)).toBe(html);
  });

  it('counts the whole page when it has no search body', () => {
    const html = '<html><body><p>An index page</p></body></html>';
    expect(searchedParts(html)).toBe(html);
  });

  it("keeps the page's order: a heading after the text stays after it, as Pagefind reads the first", () => {
    const html = page().replace('<aside>', '<aside><h1>Elsewhere</h1>').replace('<main>', '<main><h1>Masthead</h1>');
    const parts = searchedParts(html);
    expect(parts.indexOf('Masthead')).toBeLessThan(parts.indexOf('data-pagefind-body'));
    expect(parts.indexOf('Elsewhere')).toBeGreaterThan(parts.indexOf('data-search-facets'));
  });
});
