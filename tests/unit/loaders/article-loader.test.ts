import { describe, expect, it } from 'vitest';
import { bodyOf, splitFrontmatter } from '../../../src/loaders/article-loader.ts';

describe('splitFrontmatter', () => {
  it('separates YAML front matter from the body', () => {
    expect(splitFrontmatter('---\ntitle: A\ndate: 2025-12-04\n---\n\nBody text\n', 'a.mdx')).toEqual({
      frontmatter: { title: 'A', date: '2025-12-04' },
      body: '\nBody text\n',
    });
  });
  it('keeps dates as strings, not Date objects', () => {
    expect(splitFrontmatter('---\ndate: 2025-12-04\n---\n', 'a.mdx').frontmatter.date).toBe('2025-12-04');
  });
  it('accepts CRLF line endings', () => {
    expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody', 'a.mdx').frontmatter).toEqual({ title: 'A' });
  });
  it('names the file when the front matter is missing, broken or not a mapping', () => {
    expect(() => splitFrontmatter('Just text', 'content/x.mdx')).toThrow(/^content\/x\.mdx: missing front matter/);
    expect(() => splitFrontmatter('---\ntitle: [\n---\n', 'content/y.mdx')).toThrow(
      /^content\/y\.mdx: front matter is not valid YAML/,
    );
    expect(() => splitFrontmatter('---\n- a\n---\n', 'content/z.mdx')).toThrow(
      /^content\/z\.mdx: front matter must be a YAML mapping/,
    );
  });
});

describe('bodyOf', () => {
  it('gives the body splitFrontmatter gives, CRLF included', () => {
    for (const source of [
      '---\ntitle: A\ndate: 2025-12-04\n---\n\nBody text\n',
      '---\r\ntitle: A\r\n---\r\nBody',
      '---\na: 1\n---',
    ]) {
      expect(bodyOf(source, 'a.mdx')).toBe(splitFrontmatter(source, 'a.mdx').body);
    }
  });
  it('does not parse the front matter: a page renders the body of an entry content sync has checked', () => {
    expect(bodyOf('---\ntitle: [\n---\nBody', 'a.mdx')).toBe('Body');
  });
  it('names the file when there is no front matter', () => {
    expect(() => bodyOf('Just text', 'content/x.mdx')).toThrow(/^content\/x\.mdx: missing front matter/);
  });
});
