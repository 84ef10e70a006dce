import { describe, expect, it } from 'vitest';
import {
  ALL_FEATURES,
  isTaggable,
  tokenFeatures,
  wordShape,
} from '../../../../../src/ingest/extractor/tagger/features.ts';
import { tokenise } from '../../../../../src/ingest/extractor/tokens.ts';

const tokensOf = (text: string) => tokenise(text)[0]?.tokens ?? [];

describe('wordShape', () => {
  it('writes each run of capitals, lower case and digits once', () => {
    expect(wordShape('Rajnath')).toBe('Xx');
    expect(wordShape('U.S.')).toBe('X.X.');
    expect(wordShape('1996')).toBe('d');
    expect(wordShape('McGwire')).toBe('XxXx');
    expect(wordShape('OPEC')).toBe('X');
  });
});

describe('isTaggable', () => {
  it('reads capitalised words and the connectors between them, nothing else', () => {
    const tokens = tokensOf('The Bank of England said on Monday that rates of interest would rise.');
    const taggable = tokens.filter((_, index) => isTaggable(tokens, index)).map((token) => token.text);
    expect(taggable).toEqual(['The', 'Bank', 'of', 'England', 'Monday']);
  });
});

describe('tokenFeatures', () => {
  const tokens = tokensOf('Defence Minister Rajnath Singh met Andrei Belousov in Moscow.');
  const index = tokens.findIndex((token) => token.text === 'Rajnath');
  const rules = tokens.map((_, at) => (at === index ? 'Ps-B' : ''));

  it('describes the word, its shape, affixes, neighbours, name lists, the rules and the tag before', () => {
    const features = tokenFeatures(tokens, index, rules, 'O', false);
    for (const feature of ['w=rajnath', 's=Xx', 'p3=raj', 'x3=ath', 'w-1=minister', 'w+1=singh', 'r=Ps-B', 't-1=O'])
      expect(features).toContain(feature);
    expect(features).toContain('after-title');
  });

  it('leaves out the groups switched off', () => {
    const features = tokenFeatures(tokens, index, rules, 'O', false, { ...ALL_FEATURES, rules: false, context: false });
    expect(features.some((feature) => feature.startsWith('r='))).toBe(false);
    expect(features.some((feature) => feature.startsWith('w-1='))).toBe(false);
    expect(features).toContain('w=rajnath');
  });

  it('marks a given name from the name lists', () => {
    const at = tokens.findIndex((token) => token.text === 'Andrei');
    expect(tokenFeatures(tokens, at, rules, 'O', false)).toContain('given');
  });
});
