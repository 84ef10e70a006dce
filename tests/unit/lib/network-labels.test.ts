import { describe, expect, it } from 'vitest';
import { LABEL_FONT, placeLabels, wrap, type Spot } from '../../../src/lib/network-labels.ts';

const centre: Spot = { x: 160, y: 100, r: 9, name: 'Centre' };

function spot(x: number, y: number, name = 'Name'): Spot {
  return { x, y, r: 5, name };
}

describe('wrap', () => {
  it('keeps a short name on one line', () => {
    expect(wrap('Ada Lovelace')).toEqual(['Ada Lovelace']);
  });

  it('breaks a long name at a space', () => {
    expect(wrap('Ministry of External Affairs')).toEqual(['Ministry of', 'External Affairs']);
  });

  it('shortens what still does not fit on the second line', () => {
    const lines = wrap('Defence Research and Development Organisation');
    expect(lines).toEqual(['Defence Research', 'and Development…']);
  });

  it('shortens a long name without spaces to one line', () => {
    expect(wrap('Donaudampfschifffahrtsgesellschaft')).toEqual(['Donaudampfschiff…']);
  });
});

describe('placeLabels', () => {
  it('puts each label on the side facing away from the centre', () => {
    const { labels, spots } = placeLabels([centre, spot(240, 100), spot(80, 100), spot(160, 20), spot(160, 180)], 320);
    expect(labels.map((label) => label.anchor)).toEqual(['middle', 'start', 'end', 'middle', 'middle']);
    expect(labels[3]!.y).toBeLessThan(spots[3]!.y);
    expect(labels[4]!.y).toBeGreaterThan(spots[4]!.y);
  });

  it('moves a label that would run past the right edge to another side', () => {
    const { labels } = placeLabels([centre, spot(300, 100, 'A rather long name')], 320);
    expect(labels[1]!.anchor).not.toBe('start');
  });

  it('does not stack a label on the one placed before it', () => {
    const { labels } = placeLabels([centre, spot(240, 100), spot(240, 106)], 320);
    expect([labels[1]!.anchor, labels[1]!.y]).not.toEqual([labels[2]!.anchor, labels[2]!.y]);
  });

  it('moves everything so the topmost label starts at the margin, and fits the height to it', () => {
    const { labels, spots, height } = placeLabels([centre, spot(160, -40)], 320);
    const topOfText = labels[1]!.y - LABEL_FONT;
    expect(topOfText).toBeGreaterThanOrEqual(0);
    expect(topOfText).toBeLessThan(LABEL_FONT / 2);
    expect(spots[0]!.y - spots[1]!.y).toBe(140);
    expect(height).toBeGreaterThan(spots[0]!.y + centre.r);
  });
});
