import { describe, expect, it } from 'vitest';
import { seriesNeighbours } from '../../../src/lib/series.ts';
import { makeEntity } from '../../helpers/make-article.ts';

describe('seriesNeighbours', () => {
  const summit = (ordinal: number) =>
    makeEntity({ id: `summit-${ordinal}`, series: 'india-russia-annual-summit', ordinal });

  it('links events of one series in order of their numbers, bridging gaps', () => {
    const around = seriesNeighbours([summit(23), summit(21), summit(24)]);
    expect(around.get('summit-23')).toEqual({ previous: summit(21), next: summit(24) });
    expect(around.get('summit-21')?.previous).toBeUndefined();
  });
  it('keeps series apart and ignores events without an ordinal', () => {
    const other = makeEntity({ id: 'other-2', series: 'other', ordinal: 2 });
    const loose = makeEntity({ id: 'loose', series: 'india-russia-annual-summit' });
    const around = seriesNeighbours([summit(1), other, loose]);
    expect(around.get('summit-1')).toEqual({ previous: undefined, next: undefined });
    expect(around.has('loose')).toBe(false);
  });
});
