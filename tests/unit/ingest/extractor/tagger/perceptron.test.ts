import { describe, expect, it } from 'vitest';
import {
  tagSentence,
  trainTagger,
  type Tag,
  type TaggedSentence,
} from '../../../../../src/ingest/extractor/tagger/perceptron.ts';
import { tokenise } from '../../../../../src/ingest/extractor/tokens.ts';

/* A tiny annotated text: "<name> works for <company>." with the right tags. */
function sentence(person: string, company: string): TaggedSentence {
  const [first] = tokenise(`${person} works for ${company} now.`);
  const tokens = first?.tokens ?? [];
  const personWords = person.split(' ').length;
  const companyStart = personWords + 2;
  const companyWords = company.split(' ').length;
  const gold = tokens.map((_, index): Tag => {
    if (index < personWords) return index === 0 ? 'B-PER' : 'I-PER';
    if (index >= companyStart && index < companyStart + companyWords) return index === companyStart ? 'B-ORG' : 'I-ORG';
    return 'O';
  });
  return { tokens, shouting: false, rules: tokens.map(() => ''), gold };
}

const data = [
  sentence('Anna Berg', 'Nordic Steel Corp'),
  sentence('Tomas Lind', 'Baltic Foods Corp'),
  sentence('Maria Holm', 'Delta Shipping Corp'),
  sentence('Erik Dahl', 'Polar Mining Corp'),
];

describe('trainTagger', () => {
  it('learns the annotated tags', () => {
    const model = trainTagger(data, { epochs: 8, seed: 1 });
    for (const example of data) expect(tagSentence(model, example).tags).toEqual(example.gold);
  });

  it('tags a sentence it never saw by what it learnt', () => {
    const model = trainTagger(data, { epochs: 8, seed: 1 });
    const unseen = sentence('Karin Sund', 'Arctic Timber Corp');
    expect(tagSentence(model, unseen).tags).toEqual(unseen.gold);
  });

  it('gives the same weights for the same data and seed', () => {
    const a = trainTagger(data, { epochs: 3, seed: 7 });
    const b = trainTagger(data, { epochs: 3, seed: 7 });
    expect([...a.weights].map(([name, row]) => [name, [...row]])).toEqual(
      [...b.weights].map(([name, row]) => [name, [...row]]),
    );
  });
});

describe('tagSentence', () => {
  it('never continues a name it did not begin (no I- after O)', () => {
    const model = {
      weights: new Map([['b', new Float32Array([0, 0, 5, 0, 0, 0, 0])]]),
      features: { context: true, gazetteers: true, rules: true },
    };
    const { tags } = tagSentence(model, data[0] as TaggedSentence);
    expect(tags.some((tag, index) => tag.startsWith('I-') && (tags[index - 1] ?? 'O') === 'O')).toBe(false);
  });
});
