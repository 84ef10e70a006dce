import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDist, listPages } from './build-fixture.ts';
import { page } from './html.ts';

const pages = listPages(fixtureDist);

/** The GET search forms of a page that send `q` to the search page, with the box's label text. */
function searchForms(path: string, within = 'body') {
  const root = page(path);
  return root.querySelectorAll(`${within} form[role="search"]`).map((form) => {
    const box = form.querySelector('input[name="q"]');
    const id = box?.getAttribute('id') ?? '';
    return {
      action: form.getAttribute('action'),
      method: form.getAttribute('method'),
      name: form.getAttribute('aria-label') ?? root.querySelector(`#${form.getAttribute('aria-labelledby')}`)?.text,
      type: box?.getAttribute('type'),
      label: root.querySelector(`label[for="${id}"]`)?.text,
    };
  });
}

describe('search box', () => {
  it.each(pages)('%s has a search box in its header: a plain GET form to /search/', (path) => {
    expect(searchForms(path, 'header')).toEqual([
      { action: '/search/', method: 'get', name: 'Search the archive', type: 'search', label: 'Search the archive' },
    ]);
  });

  it('is offered again in the text of the page-not-found page, under another name', () => {
    const forms = searchForms('/404.html', 'main');
    expect(forms).toEqual([expect.objectContaining({ action: '/search/', method: 'get', type: 'search' })]);
    expect(forms[0]?.name).not.toBe('Search the archive');
  });

  it('on the search page itself also chooses the order, by the same GET form', () => {
    const root = page('/search/');
    expect(searchForms('/search/', 'main')).toEqual([
      { action: '/search/', method: 'get', name: 'Search', type: 'search', label: 'Search the archive' },
    ]);
    const sort = root.querySelector('main form select[name="sort"]');
    expect(sort?.querySelectorAll('option').map((option) => option.getAttribute('value'))).toEqual([
      'relevance',
      'newest',
      'oldest',
    ]);
  });
});

describe('style sheets', () => {
  // The search page's own styles load on it alone; every page stays well inside this budget.
  const BUDGET = 15 * 1024;
  const cssBytes = (path: string) =>
    page(path)
      .querySelectorAll('link[rel="stylesheet"]')
      .reduce((sum, link) => sum + readFileSync(join(fixtureDist, link.getAttribute('href') ?? '')).length, 0) +
    page(path)
      .querySelectorAll('style')
      .reduce((sum, style) => sum + style.text.length, 0);

  it.each(pages)('%s loads under 15 KB of CSS', (path) => {
    expect(cssBytes(path)).toBeLessThan(BUDGET);
  });

  it("keeps the search page's styles off every other page", () => {
    const searchSheets = page('/search/')
      .querySelectorAll('link[rel="stylesheet"]')
      .map((link) => link.getAttribute('href'));
    const elsewhere = new Set(
      pages
        .filter((path) => path !== '/search/')
        .flatMap((path) =>
          page(path)
            .querySelectorAll('link[rel="stylesheet"]')
            .map((link) => link.getAttribute('href')),
        ),
    );
    expect(searchSheets.filter((sheet) => !elsewhere.has(sheet))).toHaveLength(1);
  });
});
