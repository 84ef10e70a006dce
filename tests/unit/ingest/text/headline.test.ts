import { describe, expect, it } from 'vitest';
import {
  deriveHeadline,
  findKicker,
  firstSentence,
  HEADLINE_MAX,
  summarise,
  takeHeadline,
} from '../../../../src/ingest/text/headline.ts';

describe('takeHeadline', () => {
  it('takes a short first paragraph with no closing full stop', () => {
    expect(takeHeadline([['Council Approves Harbour Wall'], ['The council met.']])).toEqual({
      headline: 'Council Approves Harbour Wall',
      rest: [['The council met.']],
    });
  });

  it('takes an all-capitals first line that sits directly above the text', () => {
    expect(takeHeadline([['COUNCIL APPROVES WALL', 'The council met.']])).toEqual({
      headline: 'COUNCIL APPROVES WALL',
      rest: [['The council met.']],
    });
  });

  it('does not take a first line in ordinary case that is part of a wrapped paragraph', () => {
    const blocks = [['The council met on Friday and', 'approved the wall.']];
    expect(takeHeadline(blocks)).toEqual({ rest: blocks });
  });

  it('does not take a first paragraph that ends like a sentence or a dateline', () => {
    for (const first of ['The council met.', 'Did the council meet?', 'LONDON, March 2 -', 'Said the mayor:']) {
      expect(takeHeadline([[first], ['More text.']]).headline).toBeUndefined();
    }
  });

  it('takes a short all-capitals paragraph even when it ends with a full stop', () => {
    expect(takeHeadline([['TEXTILE EXPORTS TO RISE IN U.S.'], ['Exports will rise.']]).headline).toBe(
      'TEXTILE EXPORTS TO RISE IN U.S.',
    );
  });

  it('does not take a long first paragraph', () => {
    const long = Array.from({ length: 25 }, (_, index) => `word${index}`).join(' ');
    expect(takeHeadline([[long], ['More text.']]).headline).toBeUndefined();
  });

  it('does not take a first line longer than a derived headline may be, however few its words', () => {
    const line = `${'A'.repeat(200_000)} Summit`;
    expect(takeHeadline([[line], ['More text.']])).toEqual({ rest: [[line], ['More text.']] });
    expect(takeHeadline([[line.toUpperCase(), 'More text.']]).headline).toBeUndefined();
    const longest = `Council ${'x'.repeat(HEADLINE_MAX - 'Council '.length)}`;
    expect(takeHeadline([[longest], ['More text.']]).headline).toBe(longest);
    expect(takeHeadline([[`${longest}y`], ['More text.']]).headline).toBeUndefined();
  });

  it('leaves a lone paragraph as the body even when it is short', () => {
    expect(takeHeadline([['Short note without stop']])).toEqual({ rest: [['Short note without stop']] });
  });
});

describe('findKicker', () => {
  it('refuses a kicker whose words hold markup, since it becomes a story name', () => {
    expect(findKicker("Geneva<img/src='x'/onerror=alert(1)> Summit: The talks went well and will go on.")).toBe(
      undefined,
    );
    expect(findKicker('Oslo&amp;Co Talks: The talks went well and will go on.')).toBeUndefined();
  });
  it('finds a capitalised phrase before a colon ("Putin\'s India Visit: The 22nd …")', () => {
    expect(findKicker("Putin's India Visit: The 22nd meeting was held in New Delhi today.")).toBe(
      "Putin's India Visit",
    );
  });

  it('allows small joining words inside the kicker', () => {
    expect(findKicker('State of the Union: The president spoke for an hour on Tuesday.')).toBe('State of the Union');
  });

  it('ignores an ordinary clause before a colon', () => {
    expect(findKicker('The minister said this: The talks went well and will go on.')).toBeUndefined();
  });

  it('ignores a colon followed by lower-case text, a time or a short rest', () => {
    expect(findKicker('Note: see the table below for the figures.')).toBeUndefined();
    expect(findKicker('Budget Week: Soon.')).toBeUndefined();
  });
});

describe('firstSentence', () => {
  it('ends at the first full stop followed by a capitalised word', () => {
    expect(firstSentence('The talks ended. Both sides left.')).toBe('The talks ended.');
  });

  it('skips abbreviations, initials and dotted acronyms', () => {
    expect(firstSentence('Acme Co. said J. Smith of the U.S. Treasury left. He went home.')).toBe(
      'Acme Co. said J. Smith of the U.S. Treasury left.',
    );
  });

  it('keeps closing quotes with the sentence', () => {
    expect(firstSentence('"We agree," he said. "Fully."')).toBe('"We agree," he said.');
  });

  it('does not end at an ellipsis inside a quotation', () => {
    expect(firstSentence('"Deep traditions..." he said. Then he left.')).toBe('"Deep traditions..." he said.');
  });

  it('ends where the extractor ends a sentence: after a legal form, not at a list number', () => {
    expect(firstSentence('Lucas Industries Plc. The unit rose.')).toBe('Lucas Industries Plc.');
    expect(firstSentence('1. Frank Holloway won. He left.')).toBe('1. Frank Holloway won.');
  });

  it('returns the whole text when no sentence ends inside it', () => {
    expect(firstSentence('Shr 1.20 dlrs vs 1.15 dlrs')).toBe('Shr 1.20 dlrs vs 1.15 dlrs');
  });
});

describe('deriveHeadline', () => {
  it('uses a short sentence whole, without its full stop', () => {
    expect(deriveHeadline('The council approved the harbour wall.')).toBe('The council approved the harbour wall');
  });

  it('cuts a long sentence at its last clause boundary within the limit', () => {
    const sentence =
      'The city council approved the long-delayed harbour wall on Friday after three years of argument, with the mayor casting the deciding vote late at night.';
    expect(deriveHeadline(sentence)).toBe(
      'The city council approved the long-delayed harbour wall on Friday after three years of argument',
    );
  });

  it('cuts at a word when there is no clause boundary, never ending on a joining word or an adjective', () => {
    const sentence =
      'The 22nd India-Russia Inter-Governmental Commission on Military & Military Technical Cooperation ministerial meeting was held in New Delhi today.';
    const headline = deriveHeadline(sentence);
    expect(headline).toBe(
      'The 22nd India-Russia Inter-Governmental Commission on Military & Military Technical Cooperation',
    );
    expect(headline.length).toBeLessThanOrEqual(110);
  });

  it('does not end on "the", "of" or "and"', () => {
    const words = 'Shares rose in trading on the exchange and the index of the'.split(' ');
    const sentence = `${words.join(' ')} ${'x'.repeat(60)} followed.`;
    expect(deriveHeadline(sentence, 60)).toBe('Shares rose in trading on the exchange and the index');
  });

  it('does not leave a bracket open', () => {
    const sentence = `Officials of the port authority said on Tuesday that cargo volumes rose (mostly containers from ${'Asia '.repeat(10)}).`;
    expect(deriveHeadline(sentence)).toBe('Officials of the port authority said on Tuesday that cargo volumes rose');
  });
});

describe('summarise', () => {
  it('keeps a sentence of ordinary length whole', () => {
    expect(summarise('The talks ended.')).toBe('The talks ended.');
  });

  it('cuts a very long run-on line at a word and marks the cut', () => {
    const line = `Shr ${'1.20 dlrs vs 1.15 dlrs '.repeat(30)}`;
    const summary = summarise(line);
    expect(summary.length).toBeLessThanOrEqual(401);
    expect(summary.endsWith('…')).toBe(true);
    expect(line.startsWith(`${summary.slice(0, -1)} `)).toBe(true);
  });
});
