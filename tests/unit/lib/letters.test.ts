import { describe, expect, it } from 'vitest';
import { letterAnchor, letterLinks } from '../../../src/lib/letters.ts';

describe('letterLinks', () => {
  it('points each letter at the page where its first entry is', () => {
    expect(letterLinks(['#', 'A', 'A', 'B', 'B', 'B', 'D'], 3)).toEqual([
      { letter: '#', page: 1, anchor: 'letter-other' },
      { letter: 'A', page: 1, anchor: 'letter-a' },
      { letter: 'B', page: 2, anchor: 'letter-b' },
      { letter: 'D', page: 3, anchor: 'letter-d' },
    ]);
  });
  it('has no letters for an empty index', () => {
    expect(letterLinks([], 10)).toEqual([]);
  });
});

describe('letterAnchor', () => {
  it('makes a fragment id for every letter', () => {
    expect(letterAnchor('M')).toBe('letter-m');
    expect(letterAnchor('#')).toBe('letter-other');
  });
});
