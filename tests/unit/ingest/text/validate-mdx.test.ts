import { describe, expect, it } from 'vitest';
import type { Frontmatter } from '../../../../src/ingest/text/frontmatter.ts';
import { toMdx } from '../../../../src/ingest/text/to-mdx.ts';
import { validateMdx } from '../../../../src/ingest/text/validate-mdx.ts';

const frontmatter: Frontmatter = {
  title: 'Harbour wall approved',
  date: '2025-01-02',
  people: [],
  organisations: [],
  events: [],
  places: [],
  roles: {},
  hash: '0123456789abcdef',
};
const head = toMdx(frontmatter, []).trimEnd();

describe('validateMdx', () => {
  it('accepts what toMdx writes', () => {
    expect(() =>
      validateMdx(toMdx(frontmatter, ['Plain text.', 'x < y {z}']), frontmatter, ['Plain text.', 'x < y {z}']),
    ).not.toThrow();
  });

  it('refuses a body that MDX cannot parse', () => {
    expect(() => validateMdx(`${head}\n\nx <y\n`, frontmatter, ['x <y'])).toThrow(/^generated MDX does not parse/);
  });

  it('refuses a body that creates an element or an expression', () => {
    expect(() => validateMdx(`${head}\n\n<b>x</b>\n`, frontmatter, ['<b>x</b>'])).toThrow(
      'paragraph 1 (paragraph) does not read back as written',
    );
    expect(() => validateMdx(`${head}\n\n{x}\n`, frontmatter, ['{x}'])).toThrow(/paragraph 1/);
  });

  it('refuses a body that is Markdown syntax rather than text', () => {
    expect(() => validateMdx(`${head}\n\n# x\n`, frontmatter, ['# x'])).toThrow(
      'paragraph 1 (heading) does not read back as written',
    );
    expect(() => validateMdx(`${head}\n\n*x*\n`, frontmatter, ['*x*'])).toThrow(/paragraph 1/);
  });

  it('refuses a body whose blocks differ from the paragraphs', () => {
    expect(() => validateMdx(`${head}\n\nOne.\n`, frontmatter, ['One.', 'Two.'])).toThrow(
      'the body has 1 blocks instead of 2 paragraphs',
    );
  });

  it('refuses GFM syntax such as strikethrough', () => {
    expect(() => validateMdx(`${head}\n\n~~x~~\n`, frontmatter, ['~~x~~'])).toThrow(
      'paragraph 1 (paragraph) does not read back as written',
    );
  });

  it('refuses an indented line, which is text in MDX but code in Markdown', () => {
    expect(() => validateMdx(`${head}\n\n    x\n`, frontmatter, ['x'])).toThrow(
      'the body has an indented line, which Markdown reads as code',
    );
  });

  it('does not take a space after U+2028 or U+2029 for indentation, since only a line feed starts a line', () => {
    const text = 'The council met.\u2028 It approved the wall.\u2029 Work starts.';
    expect(() => validateMdx(toMdx(frontmatter, [text]), frontmatter, [text])).not.toThrow();
  });

  it('allows the links GFM makes of bare URLs, whose text is unchanged', () => {
    const text = 'See www.example.com today.';
    expect(() => validateMdx(toMdx(frontmatter, [text]), frontmatter, [text])).not.toThrow();
  });

  it('refuses front matter that reads back differently or breaks the schema', () => {
    expect(() => validateMdx(toMdx(frontmatter, ['x']), { ...frontmatter, title: 'Other' }, ['x'])).toThrow(
      /^front matter reads back differently/,
    );
    const bad = { ...frontmatter, date: '2025-02-30' };
    expect(() => validateMdx(toMdx(bad, ['x']), bad, ['x'])).toThrow(
      /^front matter breaks the article schema: .*date/s,
    );
  });

  it('refuses a file without front matter', () => {
    expect(() => validateMdx('Just text.\n', frontmatter, ['Just text.'])).toThrow('generated MDX has no front matter');
  });
});
