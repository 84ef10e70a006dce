import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../../src/ingest/registry/name-index.ts';
import { tokenise } from '../../../../src/ingest/extractor/tokens.ts';

const tokensOf = (text: string) => tokenise(text).flatMap((sentence) => sentence.tokens);

describe('NameIndex.lengthAt', () => {
  const index = new NameIndex();
  index.add('organisations', 'New York', 'New York');
  index.add('organisations', 'Exchange Commission', 'Exchange Commission');
  index.add('people', 'Howard Baker', 'Howard Baker');
  index.add('organisations', 'Bank of France', 'Bank of France');
  index.add('organisations', 'United Nations Security Council', 'Security Council');

  it('lets no known body\'s alias cut a longer name that a title word opens ("National Security Council")', () => {
    const tokens = tokensOf('Officials of the National Security Council met.');
    const at = tokens.findIndex((token) => token.text === 'Security');
    expect(index.lengthAt(tokens, at)).toBe(0);
  });

  it('lets no known name cut a longer one whose initials open a sentence ("S.G. Warburg Securities")', () => {
    const warburg = new NameIndex();
    warburg.add('organisations', 'Varrow Securities', 'Varrow Securities');
    const tokens = tokensOf('The bonds were priced. S.G. Varrow Securities is the other manager.');
    expect(
      warburg.lengthAt(
        tokens,
        tokens.findIndex((token) => token.text === 'Varrow'),
      ),
    ).toBe(0);
    const plain = tokensOf('The bonds were priced. Yesterday Varrow Securities said so.');
    expect(
      warburg.lengthAt(
        plain,
        plain.findIndex((token) => token.text === 'Varrow'),
      ),
    ).toBe(2);
  });

  it('finds a known name standing on its own', () => {
    const tokens = tokensOf('Shares rose in New York on Monday.');
    expect(
      index.lengthAt(
        tokens,
        tokens.findIndex((token) => token.text === 'New'),
      ),
    ).toBe(2);
  });

  it('finds a known name next to a title ("Chief of Staff Howard Baker", "Bank of France Governor")', () => {
    const person = tokensOf('White House Chief of Staff Howard Baker said so.');
    expect(
      index.lengthAt(
        person,
        person.findIndex((token) => token.text === 'Howard'),
      ),
    ).toBe(2);
    const bank = tokensOf('Bank of France Governor Jacques de Larosiere said so.');
    expect(index.lengthAt(bank, 0)).toBe(3);
  });

  it('never cuts a longer name out of a known one ("New York Stock Exchange", "Securities and Exchange Commission")', () => {
    const longer = tokensOf('Shares rose on the New York Stock Exchange on Monday.');
    expect(
      index.lengthAt(
        longer,
        longer.findIndex((token) => token.text === 'New'),
      ),
    ).toBe(0);
    const inside = tokensOf('He told the Securities and Exchange Commission so.');
    expect(
      index.lengthAt(
        inside,
        inside.findIndex((token) => token.text === 'Exchange'),
      ),
    ).toBe(0);
  });
});
