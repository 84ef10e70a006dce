import { describe, expect, it } from 'vitest';
import { articleId, headlineSlug } from '../../../../src/ingest/text/article-path.ts';

describe('headlineSlug', () => {
  it('slugs the headline', () => {
    expect(headlineSlug('STANDARD OIL <SRD> TO FORM FINANCIAL UNIT')).toBe('standard-oil-srd-to-form-financial-unit');
  });

  it('cuts a long slug at a word, within 60 characters, not ending on a joining word', () => {
    const slug = headlineSlug(
      'The 22nd India-Russia Inter-Governmental Commission on Military & Military Technical Cooperation',
    );
    expect(slug).toBe('the-22nd-india-russia-inter-governmental-commission');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('falls back to "article" for a headline with nothing to slug', () => {
    expect(headlineSlug('!!!')).toBe('article');
  });
});

describe('articleId', () => {
  it('is year/date-slug', () => {
    expect(articleId('2025-12-04', 'Talks in Delhi', () => false)).toBe('2025/2025-12-04-talks-in-delhi');
  });

  it('adds -2, -3 … until the id is free', () => {
    const taken = new Set(['2025/2025-12-04-talks', '2025/2025-12-04-talks-2']);
    expect(articleId('2025-12-04', 'Talks', (id) => taken.has(id))).toBe('2025/2025-12-04-talks-3');
  });
});
