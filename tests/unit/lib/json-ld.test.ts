import { describe, expect, it } from 'vitest';
import { breadcrumbListJsonLd, newsArticleJsonLd, profileJsonLd, serialiseJsonLd } from '../../../src/lib/json-ld.ts';

describe('newsArticleJsonLd', () => {
  const input = {
    headline: 'Talks in New Delhi',
    datePublished: '2025-12-04',
    description: 'Ministers met.',
    url: 'https://example.org/articles/a/',
    people: [{ name: 'Rajnath Singh', url: 'https://example.org/people/rajnath-singh/' }],
    organisations: [{ name: 'Eurasian Economic Union' }],
    publisher: { name: 'Dateline', url: 'https://example.org/' },
  };

  it('names each person and organisation with the URL of its page', () => {
    const data = newsArticleJsonLd(input);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.mentions).toEqual([
      { '@type': 'Person', name: 'Rajnath Singh', url: 'https://example.org/people/rajnath-singh/' },
      { '@type': 'Organization', name: 'Eurasian Economic Union' },
    ]);
  });
  it('carries headline, date, description and address', () => {
    expect(newsArticleJsonLd(input)).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'Talks in New Delhi',
      datePublished: '2025-12-04',
      description: 'Ministers met.',
      url: 'https://example.org/articles/a/',
      publisher: { '@type': 'Organization', name: 'Dateline', url: 'https://example.org/' },
    });
  });
  it('leaves out a description the article does not have', () => {
    expect(newsArticleJsonLd({ ...input, description: undefined })).not.toHaveProperty('description');
  });
});

describe('profileJsonLd', () => {
  it('describes a person with their other spellings', () => {
    expect(
      profileJsonLd('Person', { name: 'Rajnath Singh', url: 'https://e.org/p/', aliases: ['Singh'], description: 'D' }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Rajnath Singh',
      url: 'https://e.org/p/',
      description: 'D',
      alternateName: ['Singh'],
    });
  });
  it('omits empty aliases and description', () => {
    expect(profileJsonLd('Organization', { name: 'IMF', url: 'https://e.org/o/', aliases: [] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'IMF',
      url: 'https://e.org/o/',
    });
  });
});

describe('breadcrumbListJsonLd', () => {
  it('numbers the crumbs from 1, outermost first', () => {
    const data = breadcrumbListJsonLd([
      { name: 'Home', url: 'https://e.org/' },
      { name: '2025', url: 'https://e.org/archive/2025/' },
    ]);
    expect(data.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://e.org/' },
      { '@type': 'ListItem', position: 2, name: '2025', item: 'https://e.org/archive/2025/' },
    ]);
  });
});

describe('serialiseJsonLd', () => {
  it('cannot close the script element it is written into', () => {
    const text = serialiseJsonLd({ headline: 'A </script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ headline: 'A </script><script>alert(1)</script>' });
  });
});
