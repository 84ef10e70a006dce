import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForPath, fixtureDist } from './build-fixture.ts';
import { page } from './html.ts';

describe('MDX-hostile article text', () => {
  const root = page('/articles/2022/2022-05-05-hostile-text/');
  const body = root.querySelector('article .body');

  it('creates no element from the text', () => {
    // The page's own structured data is the only script; the text must not add one.
    expect(root.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(root.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
    expect(body?.querySelectorAll('foo, div, h1, blockquote, table, ol, ul, code, em, strong, del, img')).toHaveLength(
      0,
    );
  });
  it('shows braces, tags, imports and markup characters exactly as written', () => {
    const text = body?.text ?? '';
    for (const literal of [
      '{props.secret} and {1 + 1}',
      '<script>alert("owned")</script>',
      '<Foo bar="baz" />',
      "import Secret from './secret.js'",
      'export const leaked = true',
      '`backticks`',
      '*stars*',
      '---',
      '# Not a heading',
      '> Not a quotation',
      '<!-- not a comment -->',
      'AT&amp;T and &copy; and &#123;',
      '<SRD>',
    ]) {
      expect(text).toContain(literal);
    }
  });

  it('shows control and bidirectional characters of its source as visible escapes, never raw', () => {
    const html = readFileSync(fileForPath(fixtureDist, '/articles/2022/2022-05-05-hostile-text/') ?? '', 'utf8');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(root.querySelector('.dateline')?.text).toContain('wire\\x1B[31m red\\x07\\x85\\u202Etxt.\\u2066notes');
  });
});

describe('an edited article holding a form feed, U+FFFF and markup in its headline, summary and text', () => {
  const path = '/articles/2022/2022-05-06-feed-hostile-text/';
  const notText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

  it('reaches no page raw: not its own, and not the pages that list it', () => {
    for (const listing of [
      path,
      '/articles/2022/2022-05-05-hostile-text/',
      '/people/lena-fischer/',
      '/archive/2022/05/',
    ]) {
      expect(readFileSync(fileForPath(fixtureDist, listing) ?? '', 'utf8'), listing).not.toMatch(notText);
    }
  });

  it('shows the headline, the summary in structured data and the text with a space for the page break', () => {
    const root = page(path);
    expect(root.querySelector('h1')?.text).toBe('Loan book of <Bankhaus Centrale Credit AG> sold at a loss');
    const jsonLd = JSON.parse(root.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(jsonLd.description).toBe('The <Bankhaus Centrale Credit AG> sold its loan book & said <b>nothing</b> more.');
    expect(root.querySelector('article .body')?.text).toContain(
      'The <Bankhaus Centrale Credit AG> sold its loan book & said <b>nothing</b> more, Lena Fischer wrote.',
    );
  });
});
