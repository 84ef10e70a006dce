import { describe, expect, it } from 'vitest';
import { adjacentBy } from '../../../src/lib/adjacent.ts';

describe('adjacentBy', () => {
  it('gives each item the ones before and after it, none beyond the ends', () => {
    const around = adjacentBy(['2025-01-01', '2025-01-05', '2025-02-01'], (day) => day);
    expect(around.get('2025-01-05')).toEqual({ previous: '2025-01-01', next: '2025-02-01' });
    expect(around.get('2025-01-01')).toEqual({ previous: undefined, next: '2025-01-05' });
    expect(around.get('2025-02-01')).toEqual({ previous: '2025-01-05', next: undefined });
  });
  it('refuses a key seen twice, which would make the chain ambiguous', () => {
    expect(() => adjacentBy(['a', 'a'], (key) => key)).toThrow(/"a" appears twice/);
  });
});
