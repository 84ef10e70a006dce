import { readFileSync } from 'node:fs';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/ingest/text/parse.ts';
import { orderFrontmatter, type Frontmatter } from '../../../../src/ingest/text/frontmatter.ts';
import { toMarkdownBody, toMdx } from '../../../../src/ingest/text/to-mdx.ts';
import { validateMdx } from '../../../../src/ingest/text/validate-mdx.ts';

const frontmatter: Frontmatter = {
  hash: '0123456789abcdef',
  source: 'a.txt',
  roles: { 'ana-lopez': 'Mayor' },
  places: ['Port Alder'],
  events: ['harbour-day'],
  organisations: [],
  people: ['ana-lopez'],
  summary: 'Yes: the "wall" is #1.',
  date: '2025-01-02',
  title: 'no',
};
const hostile = parseArticle(
  readFileSync(new URL('../../../fixtures/ingest/raw/hostile.txt', import.meta.url), 'utf8'),
).paragraphs;

describe('orderFrontmatter', () => {
  it('puts fields in the written order and leaves absent ones out', () => {
    expect(Object.keys(orderFrontmatter(frontmatter))).toEqual([
      'title',
      'date',
      'summary',
      'people',
      'organisations',
      'events',
      'places',
      'roles',
      'source',
      'hash',
    ]);
  });
});

describe('toMdx', () => {
  it('writes YAML front matter in a fixed order, quoting what an older YAML parser would misread', () => {
    expect(toMdx(frontmatter, ['One.', 'Two.'])).toBe(
      [
        '---',
        'title: "no"',
        'date: "2025-01-02"',
        'summary: \'Yes: the "wall" is #1.\'',
        'people:',
        '  - ana-lopez',
        'organisations: []',
        'events:',
        '  - harbour-day',
        'places:',
        '  - Port Alder',
        'roles:',
        '  ana-lopez: Mayor',
        'source: a.txt',
        'hash: 0123456789abcdef',
        '---',
        '',
        'One.',
        '',
        'Two.',
        '',
      ].join('\n'),
    );
  });

  it('passes its own validation for hostile text', () => {
    expect(() => validateMdx(toMdx(frontmatter, hostile), frontmatter, hostile)).not.toThrow();
  });
});

describe('toMarkdownBody', () => {
  it('escapes the characters Markdown, GFM and MDX would act on', () => {
    expect(toMarkdownBody(['{x} <b> `c` *e* _u_ # | ~~s~~ &amp;'])).toBe(
      '\\{x} \\<b> \\`c\\` \\*e\\* \\_u\\_ # | \\~\\~s\\~\\~ \\&amp;\n',
    );
  });

  it('stops a paragraph starting with import or export from being read as JavaScript', () => {
    expect(toMarkdownBody(['import x from "y"', 'export const a = 1', 'exports rose', 'important'])).toBe(
      '&#x69;mport x from "y"\n\n&#x65;xport const a = 1\n\nexports rose\n\nimportant\n',
    );
  });

  it('escapes the dot of "www." so that GFM does not take escaped emphasis into a link', () => {
    const texts = ['www.__init__', 'See WWW.*x* and www._y_ or xmpp:x@y.z.', 'www.example.com/_a_ and www.~~s~~'];
    for (const text of texts) {
      expect(() => validateMdx(toMdx(frontmatter, [text]), frontmatter, [text])).not.toThrow();
      const { html } = markdownToHtml(toMarkdownBody([text]), { features: { smartPunctuation: false } });
      expect(html.replace(/<[^>]+>/g, '').trim()).toBe(text);
    }
    expect(toMarkdownBody(['www.__init__'])).toBe('www\\.\\_\\_init\\_\\_\n');
  });

  it("renders through the site's Markdown renderer as the literal text, in paragraphs only", () => {
    const { html } = markdownToHtml(toMarkdownBody(hostile), { features: { smartPunctuation: false } });
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((match) => match[1]));
    // Bare URLs become links in GFM whatever the escaping; their text is unchanged.
    expect([...tags].sort()).toEqual(['a', 'p']);
    expect(html).not.toContain('<script');
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(text.split('\n').filter((line) => line !== '')).toEqual(hostile);
  });
});
