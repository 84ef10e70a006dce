import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../../src/lib/site-url.ts';

describe('siteUrl', () => {
  it('joins the origin, the base and the path', () => {
    expect(siteUrl('https://example.org', '/news/', '/people/x/')).toBe('https://example.org/news/people/x/');
    expect(siteUrl('https://example.org/', '/news', '/rss.xml')).toBe('https://example.org/news/rss.xml');
  });
  it('leaves the path alone at the root base', () => {
    expect(siteUrl('http://localhost:4321', '/', '/')).toBe('http://localhost:4321/');
  });
  it('encodes characters a URL cannot carry as they are', () => {
    expect(siteUrl('https://example.org', '/', '/stories/café/')).toBe('https://example.org/stories/caf%C3%A9/');
  });
});
