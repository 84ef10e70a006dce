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

  it('shows a long name whole over more lines rather than cutting it off', () => {
    expect(wrap('Central Intelligence Agency')).toEqual(['Central', 'Intelligence', 'Agency']);
    expect(wrap('Defence Research and Development Organisation')).toEqual([
      'Defence Research',
      'and Development',
      'Organisation',
    ]);
  });

  it('keeps a long word without spaces whole on its own line', () => {
    expect(wrap('Donaudampfschifffahrtsgesellschaft')).toEqual(['Donaudampfschifffahrtsgesellschaft']);
  });

  it('marks the cut only for a name too long for four lines', () => {
    const lines = wrap('The Very Long Name of an Organisation That Goes On and On Without End');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/…$/);
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

  it('slides a label further along when its first places are taken', () => {
    // Nodes in a column, close enough that each one's label beside it meets the next one's.
    const column = [centre, ...[0, 1, 2, 3].map((row) => spot(250, 100 + 14 * row, 'Wide Label'))];
    const { labels, crowded } = placeLabels(column, 320);
    expect(crowded).toBe(0);
    const ys = labels.slice(1).map((label) => `${label.anchor}:${label.y}`);
    expect(new Set(ys).size).toBe(ys.length);
  });

  it('counts a label with no place clear of the rest as crowded, and leaves it out when told to', () => {
    // Wider than the picture however it is placed.
    const spots = [{ ...centre, x: 30, y: 50 }, spot(30, 90, 'An organisation with a long name')];
    expect(placeLabels(spots, 60).crowded).toBe(1);
    const last = placeLabels(spots, 60, true);
    expect(last.crowded).toBe(1);
    expect(last.labels[1]!.lines).toEqual([]);
    expect(last.labels[0]!.lines).toEqual(['Centre']);
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
