import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/loaders/article-loader.ts';

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
