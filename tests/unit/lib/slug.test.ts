import { describe, expect, it } from 'vitest';
import { findSlugCollisions, toSlug } from '../../../src/lib/slug.ts';

describe('toSlug', () => {
  it('turns names into lower-case hyphenated ASCII', () => {
    expect(toSlug('Rajnath Singh')).toBe('rajnath-singh');
    expect(toSlug('Défense & Sécurité')).toBe('defense-and-securite');
  });
  it('keeps ampersand organisations distinct from their neighbours', () => {
    expect(toSlug('India-Russia Inter-Governmental Commission on Military & Military Technical Cooperation')).toBe(
      'india-russia-inter-governmental-commission-on-military-and-military-technical-cooperation',
    );
  });
  it('drops apostrophes rather than splitting words at them', () => {
    expect(toSlug("Putin's India Visit")).toBe('putins-india-visit');
  });
  it('returns an empty string when nothing can be slugged', () => {
    expect(toSlug('—')).toBe('');
  });
});

describe('findSlugCollisions', () => {
  it('reports distinct names that share a slug', () => {
    expect(findSlugCollisions(['São Paulo FC', 'Sao Paulo FC', 'Santos FC'])).toEqual([
      { slug: 'sao-paulo-fc', names: ['São Paulo FC', 'Sao Paulo FC'] },
    ]);
  });
  it('ignores the same name listed twice', () => {
    expect(findSlugCollisions(['IMF', 'IMF'])).toEqual([]);
  });
});
