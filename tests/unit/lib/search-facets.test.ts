import { describe, expect, it } from 'vitest';
import { facetValues } from '../../../src/lib/search-facets.ts';

describe('facetValues', () => {
  const counts = { 'Ana Lopez': 3, 'Zoë Brand': 7, 'Émile Roux': 3, Nobody: 0, 'Carl Ash': 0 };

  it('lists values the results carry, most frequent first, then by name; none with no result', () => {
    expect(facetValues('person', counts, []).map((entry) => `${entry.value} ${entry.count}`)).toEqual([
      'Zoë Brand 7',
      'Ana Lopez 3',
      'Émile Roux 3',
    ]);
  });

  it('keeps a chosen value on top even when no result carries it any more', () => {
    expect(facetValues('person', counts, ['Carl Ash'])[0]).toEqual({ value: 'Carl Ash', count: 0, selected: true });
  });

  it('narrows to the values holding the typed text, ignoring case and accents', () => {
    expect(facetValues('person', counts, [], 'EMILE').map((entry) => entry.value)).toEqual(['Émile Roux']);
    expect(facetValues('person', counts, [], ' zoe ').map((entry) => entry.value)).toEqual(['Zoë Brand']);
    expect(facetValues('person', counts, [], 'nobody')).toEqual([]);
  });

  it('lists years newest first', () => {
    expect(facetValues('year', { '2024': 9, '2026': 1, '2025': 4 }, []).map((entry) => entry.value)).toEqual([
      '2026',
      '2025',
      '2024',
    ]);
  });

  it('keeps markup in a name as the text it is', () => {
    const name = 'Hospital]]><img src=x onerror=alert(1)> Foundation';
    expect(facetValues('organisation', { [name]: 1 }, [])).toEqual([{ value: name, count: 1, selected: false }]);
  });
});
