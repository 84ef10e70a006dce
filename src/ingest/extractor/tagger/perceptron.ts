import type { Token } from '../tokens.ts';
import {
  ALL_FEATURES,
  isTaggable,
  staticFeatures,
  tagFeatures,
  tokenFeatures,
  type FeatureSet,
  type RuleTag,
} from './features.ts';

/** The tags, BIO over people, organisations and places; other names are outside ("O"). */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type Tag = (typeof TAGS)[number];

/** A trained model: one weight per tag for each feature, and the feature groups it was trained with. */
export interface TaggerModel {
  weights: ReadonlyMap<string, Float32Array>;
  features: FeatureSet;
}

/** One sentence to tag or learn from. */
export interface TaggedSentence {
  tokens: readonly Token[];
  shouting: boolean;
  rules: readonly RuleTag[];
  /** The right tags, when learning. */
  gold?: readonly Tag[];
}

/** The tags of a sentence and, for each tagged token, the score of every tag. */
export interface Tagging {
  tags: Tag[];
  scores: (Float32Array | undefined)[];
}

/* I-X continues only B-X or I-X. */
const allowed = (tag: number, previous: number) =>
  tag === 0 || tag % 2 === 1 || previous === tag || previous === tag - 1;

function scoreInto(scores: Float32Array, features: readonly string[], weights: ReadonlyMap<string, ArrayLike<number>>) {
  scores.fill(0);
  for (const feature of features) {
    const row = weights.get(feature);
    if (!row) continue;
    for (let tag = 0; tag < TAGS.length; tag += 1) scores[tag] = (scores[tag] ?? 0) + (row[tag] ?? 0);
  }
}

function best(scores: Float32Array, previous: number): number {
  let choice = 0;
  for (let tag = 1; tag < TAGS.length; tag += 1) {
    if (allowed(tag, previous) && (scores[tag] ?? 0) > (scores[choice] ?? 0)) choice = tag;
  }
  return choice;
}

/** Tags a sentence left to right, each token's choice seeing the tag before it; untaggable tokens are "O". */
export function tagSentence(model: TaggerModel, sentence: TaggedSentence): Tagging {
  const tags: Tag[] = [];
  const scores: (Float32Array | undefined)[] = [];
  let previous = 0;
  for (let index = 0; index < sentence.tokens.length; index += 1) {
    if (!isTaggable(sentence.tokens, index)) {
      tags.push('O');
      scores.push(undefined);
      previous = 0;
      continue;
    }
    const features = tokenFeatures(
      sentence.tokens,
      index,
      sentence.rules,
      TAGS[previous] ?? 'O',
      sentence.shouting,
      model.features,
    );
    const row = new Float32Array(TAGS.length);
    scoreInto(row, features, model.weights);
    previous = best(row, previous);
    tags.push(TAGS[previous] ?? 'O');
    scores.push(row);
  }
  return { tags, scores };
}

/** How to train: passes over the data, the seed of the order the sentences are shown in, the feature groups. */
export interface TrainOptions {
  epochs: number;
  seed: number;
  features?: FeatureSet;
}

/* A small deterministic generator (mulberry32), so the same data and seed give the same model. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An averaged perceptron: on each wrong tag the right tag's features gain one and the chosen tag's
 * lose one, and the model keeps the average of every weight over all steps, which generalises far
 * better than the last weights. Sentences are shown in a shuffled order fixed by the seed.
 */
export function trainTagger(sentences: readonly TaggedSentence[], options: TrainOptions): TaggerModel {
  const features = options.features ?? ALL_FEATURES;
  const weights = new Map<string, Float64Array>();
  // Sum of each weight over the steps before its last change, and that step, for lazy averaging.
  const totals = new Map<string, Float64Array>();
  const stamps = new Map<string, Float64Array>();
  let step = 0;
  const update = (feature: string, tag: number, change: number) => {
    let row = weights.get(feature);
    let total = totals.get(feature);
    let stamp = stamps.get(feature);
    if (!row || !total || !stamp) {
      row = new Float64Array(TAGS.length);
      total = new Float64Array(TAGS.length);
      stamp = new Float64Array(TAGS.length);
      weights.set(feature, row);
      totals.set(feature, total);
      stamps.set(feature, stamp);
    }
    total[tag] = (total[tag] ?? 0) + (step - (stamp[tag] ?? 0)) * (row[tag] ?? 0);
    stamp[tag] = step;
    row[tag] = (row[tag] ?? 0) + change;
  };
  const order = sentences.map((_, index) => index);
  const next = random(options.seed);
  const scores = new Float32Array(TAGS.length);
  // The features that do not depend on earlier choices, once per token.
  const fixed = sentences.map((sentence) =>
    sentence.tokens.map((_, index) =>
      isTaggable(sentence.tokens, index)
        ? staticFeatures(sentence.tokens, index, sentence.rules, sentence.shouting, features)
        : undefined,
    ),
  );
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    for (let index = order.length - 1; index > 0; index -= 1) {
      const swap = Math.floor(next() * (index + 1));
      [order[index], order[swap]] = [order[swap] as number, order[index] as number];
    }
    for (const position of order) {
      const sentence = sentences[position] as TaggedSentence;
      let previous = 0;
      for (let index = 0; index < sentence.tokens.length; index += 1) {
        const own = fixed[position]?.[index];
        if (!own) {
          previous = 0;
          continue;
        }
        const gold = TAGS.indexOf(sentence.gold?.[index] ?? 'O');
        const found = [...own, ...tagFeatures(sentence.tokens, index, TAGS[previous] ?? 'O')];
        scoreInto(scores, found, weights);
        const guess = best(scores, previous);
        step += 1;
        if (guess !== gold) {
          for (const feature of found) {
            update(feature, gold, 1);
            update(feature, guess, -1);
          }
        }
        previous = guess;
      }
    }
  }
  const averaged = new Map<string, Float32Array>();
  for (const [feature, row] of weights) {
    const total = totals.get(feature) as Float64Array;
    const stamp = stamps.get(feature) as Float64Array;
    const mean = new Float32Array(TAGS.length);
    for (let tag = 0; tag < TAGS.length; tag += 1)
      mean[tag] = ((total[tag] ?? 0) + (step - (stamp[tag] ?? 0)) * (row[tag] ?? 0)) / Math.max(step, 1);
    averaged.set(feature, mean);
  }
  return { weights: averaged, features };
}
