import { describe, expect, it } from 'vitest';
import { findRegistryProblems } from '../../../src/lib/registry-checks.ts';
import { makeEntity } from '../../helpers/make-article.ts';

describe('findRegistryProblems', () => {
  it('accepts a clean registry', () => {
    expect(
      findRegistryProblems([makeEntity({ id: 'imf', name: 'IMF' }), makeEntity({ id: 'un', name: 'UN' })]),
    ).toEqual([]);
  });
  it('fails two names that slug to the same id', () => {
    expect(
      findRegistryProblems([
        makeEntity({ id: 'sao-paulo-fc', name: 'São Paulo FC' }),
        makeEntity({ id: 'sao-paulo-fc-2', name: 'Sao Paulo FC' }),
      ]),
    ).toEqual(['names "São Paulo FC" and "Sao Paulo FC" both slug to "sao-paulo-fc"']);
  });
  it('fails a repeated id and an all-digit id', () => {
    const problems = findRegistryProblems([
      makeEntity({ id: 'imf', name: 'IMF' }),
      makeEntity({ id: 'imf', name: 'International Monetary Fund' }),
      makeEntity({ id: '1860', name: 'TSV 1860' }),
    ]);
    expect(problems).toContain('id "imf" is used by more than one entry');
    expect(problems).toContain('id "1860" is all digits, which page numbers use');
  });
});
