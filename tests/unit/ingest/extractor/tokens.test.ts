import { describe, expect, it } from 'vitest';
import { isNameWord, tokenise } from '../../../../src/ingest/extractor/tokens.ts';

const words = (text: string) => tokenise(text).flatMap((sentence) => sentence.tokens.map((token) => token.text));

describe('isNameWord', () => {
  it('takes the words names are written with', () => {
    for (const word of ["O'Neill", 'Putin’s', 'U.S.', 'Russia-led', 'AT&T', 'Zürich', '23rd', 'Leaders’'])
      expect(isNameWord(word), word).toBe(true);
  });

  it('refuses a word holding markup, a quote mark of its own or a character reference', () => {
    for (const word of [
      "Geneva<img/src='x'/onerror=alert(document.domain)>",
      'Geneva<b>',
      'Oslo>',
      '"Quoted',
      'Say"',
      'Back`tick',
      'Key=value',
      'AT&amp;T',
      'Co&#60;',
      '&lt;',
      '',
    ])
      expect(isNameWord(word), word).toBe(false);
  });
});

describe('tokenise', () => {
  it('cuts markup out of a capitalised word into marks of its own', () => {
    const tokens = words("for the Geneva<img/src='x'/onerror=alert(document.domain)> Summit, officials said.");
    expect(tokens.slice(0, 5)).toEqual(['for', 'the', 'Geneva', '<', 'img']);
    expect(tokens).toContain('Summit');
    expect(tokens.every((token) => token.length === 1 || isNameWord(token))).toBe(true);
  });

  it('keeps "&" inside a word but not a character reference', () => {
    expect(words('AT&T and AT&amp;T met.')).toEqual(['AT&T', 'and', 'AT', '&', 'amp', ';', 'T', 'met', '.']);
  });

  it('cuts sentences where the summary and the event finder do: after closing quotes, not at an abbreviation', () => {
    const sentences = tokenise('He said "yes." Then Mr. Smith left, Fla., at 5.30. Done').map((sentence) =>
      sentence.tokens.map((token) => token.text).join(' '),
    );
    expect(sentences).toEqual(['He said " yes . "', 'Then Mr. Smith left , Fla . , at 5.30 .', 'Done']);
  });

  it('ends a sentence after a legal form whose stop it keeps, where a capitalised word that is no legal form follows', () => {
    const sentences = tokenise(
      "He works with TD Securities Inc. Canada's bond fell. Shares of Plessey Co. Plc and Dillon Read and Co. Inc. rose.",
    ).map((sentence) => sentence.tokens.map((token) => token.text).join(' '));
    expect(sentences).toEqual([
      'He works with TD Securities Inc.',
      "Canada 's bond fell .",
      'Shares of Plessey Co. Plc and Dillon Read and Co. Inc. rose .',
    ]);
    const second = tokenise("TD Securities Inc. Canada's bond fell.")[1]?.tokens ?? [];
    expect(second[0]).toMatchObject({ text: 'Canada', sentenceStart: true, sentence: 1 });
  });
});

describe('tokenise after a heading in capitals', () => {
  it('takes the word after the heading and its dash for the first of what is said', () => {
    const [sentence] = tokenise('VALLENIA - Prices of Vallish Treasury bonds fell.');
    expect(sentence?.tokens.find((token) => token.text === 'Prices')?.sentenceStart).toBe(true);
    const [prose] = tokenise('Vallish Bank - Prices of bonds fell.');
    expect(prose?.tokens.find((token) => token.text === 'Prices')?.sentenceStart).toBe(false);
  });
});
