import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/lib/text-width.ts';

describe('textWidth', () => {
  it('gives wide letters more room than narrow ones', () => {
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12) * 3);
    expect(textWidth('MCI', 12)).toBeGreaterThan(textWidth('mci', 12));
  });

  it('adds up the letters of a line and scales with the size', () => {
    expect(textWidth('Ada Lovelace', 12)).toBeCloseTo(
      textWidth('Ada', 12) + textWidth(' ', 12) + textWidth('Lovelace', 12),
    );
    expect(textWidth('Ada Lovelace', 24)).toBeCloseTo(2 * textWidth('Ada Lovelace', 12));
    expect(textWidth('', 12)).toBe(0);
  });

  it('gives bold text more room than regular', () => {
    expect(textWidth('Reuters', 12, true)).toBeGreaterThan(textWidth('Reuters', 12));
  });

  it('counts a letter it has no width for as a wide one, never as nothing', () => {
    expect(textWidth('Ł', 12)).toBeGreaterThanOrEqual(textWidth('L', 12));
    expect(textWidth('東京', 12)).toBeGreaterThan(textWidth('ab', 12));
  });
});
