import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../../src/lib/search-excerpt.ts';

const at = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 1 }));
const text = (segments: { text: string }[]) => segments.map((segment) => segment.text).join('');
const marked = (segments: { text: string; mark: boolean }[]) =>
  segments.filter((segment) => segment.mark).map((segment) => segment.text);

describe('excerptSegments', () => {
  const title = 'Mayor opens the harbour wall';

  it('leaves out the headline and the first sentence it was made from', () => {
    const content = 'Mayor opens the harbour wall Mayor opens the harbour wall. It took three years to build.';
    expect(text(excerptSegments(content, at(15), title))).toBe('It took three years to build.');
    expect(marked(excerptSegments(content, at(15), title))).toEqual(['build.']);
  });

  it('marks with "…" the rest of a first sentence the headline was cut from', () => {
    const content = 'Mayor opens the harbour wall Mayor opens the harbour wall, officials said. It rained.';
    expect(text(excerptSegments(content, [], title))).toBe('… officials said. It rained.');
  });

  it('leaves out a given headline that the text does not repeat', () => {
    const content = 'MAYOR OPENS THE HARBOUR WALL Ana Lopez opened it on Friday.';
    expect(text(excerptSegments(content, [], title))).toBe('Ana Lopez opened it on Friday.');
  });

  it('takes the window of words holding the most matches, the middle one of equals, "…" where the text goes on', () => {
    // Word n of the text is w(n - 5): the headline comes first.
    const words = Array.from({ length: 100 }, (_, index) => `w${index}`).join(' ');
    const segments = excerptSegments(`${title} ${words}`, at(60, 62), title, 10);
    expect(text(segments)).toBe('… w51 w52 w53 w54 w55 w56 w57 w58 w59 w60 …');
    expect(marked(segments)).toEqual(['w55', 'w57']);
    expect(marked(excerptSegments(`${title} ${words}`, [...at(20), ...at(60, 61)], title, 6))).toEqual(['w55', 'w56']);
  });

  it('gives the article text as written, markup included, as text', () => {
    const content = `${title} The Geneva<img src=x onerror=alert(1)> Summit &amp; AT&T.`;
    expect(text(excerptSegments(content, at(6), title))).toBe(
      'The Geneva<img src=x onerror=alert(1)> Summit &amp; AT&T.',
    );
    expect(marked(excerptSegments(content, at(6), title))).toEqual(['Geneva<img']);
  });

  it('shows nothing rather than the headline again when the text is only the headline', () => {
    expect(excerptSegments(`${title} ${title}.`, at(1), title)).toEqual([]);
  });
});
