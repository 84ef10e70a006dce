import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../../src/lib/escape-markup.ts';

describe('escapeMarkup', () => {
  it('turns the characters that start or end markup into references, and nothing else', () => {
    expect(escapeMarkup('<Bankhaus Centrale Credit AG> & "Partners" \'s')).toBe(
      "&lt;Bankhaus Centrale Credit AG&gt; &amp; &quot;Partners&quot; 's",
    );
  });

  it('escapes an ampersand once, so a reference in the text stays text', () => {
    expect(escapeMarkup('AT&amp;T')).toBe('AT&amp;amp;T');
  });
});
