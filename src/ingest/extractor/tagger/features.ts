import { isCommonWord, isDemonym, isGivenName, isPlace } from '../lexicon.ts';
import { COMPANY_SUFFIXES, NAME_CONNECTORS, ORG_WORDS, PERSON_BEFORE, TITLE_WORDS } from '../word-lists.ts';
import type { Token } from '../tokens.ts';

/*
 * What the tagger sees of a token: the word, its shape and affixes, its capitals, the words and
 * shapes around it, the name lists (given names, places, organisation and title words) and what
 * the rule extractor decided for it. Each feature is a short string; the model weighs each one.
 */

/** The rule extractor's decision for one token: kind letter and place in its span ("P-B", "O-I"), "N" judged no name, "" none. */
export type RuleTag = string;

/** Feature groups that cross-validation can switch off to see what each is worth. */
export interface FeatureSet {
  context: boolean;
  gazetteers: boolean;
  rules: boolean;
}

export const ALL_FEATURES: FeatureSet = { context: true, gazetteers: true, rules: true };

/** "Rajnath" → "Xx", "U.S." → "X.X.", "1996" → "d", "McGwire" → "XxXx": runs of one class written once. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const kind =
      char >= '0' && char <= '9' ? 'd' : char.toLowerCase() !== char ? 'X' : char.toUpperCase() !== char ? 'x' : char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape.length > 6 ? shape.slice(0, 6) : shape;
}

/**
 * Tokens the tagger reads: capitalised words, numbers inside names and the connectors between
 * capitalised words ("Bank of England"). Every other token is outside any name, so the model is
 * spared most of the text and ingest stays fast.
 */
export function isTaggable(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (/^\p{Lu}/u.test(token.text)) return true;
  const before = tokens[index - 1]?.text ?? '';
  const after = tokens[index + 1]?.text ?? '';
  return (
    (NAME_CONNECTORS.has(token.text.toLowerCase()) || token.text === '-') &&
    /^\p{Lu}/u.test(before) &&
    /^\p{Lu}/u.test(after)
  );
}

const lowerAt = (tokens: readonly Token[], index: number) =>
  index < 0 ? '<s>' : index >= tokens.length ? '</s>' : (tokens[index]?.text.toLowerCase() ?? '');
const shapeAt = (tokens: readonly Token[], index: number) =>
  index < 0 ? '<s>' : index >= tokens.length ? '</s>' : wordShape(tokens[index]?.text ?? '');

/*
 * The features of the word itself, kept per spelling: a news archive repeats its words, and the
 * name-list look-ups are the dearest part of tagging.
 */
const byWord = new Map<string, readonly string[]>();
const MAX_CACHED_WORDS = 200_000;

function wordFeatures(word: string, gazetteers: boolean): readonly string[] {
  const key = `${gazetteers ? 'g' : ''}:${word}`;
  const cached = byWord.get(key);
  if (cached) return cached;
  const lower = word.toLowerCase();
  const features = [
    'b',
    `w=${lower}`,
    `s=${wordShape(word)}`,
    `p3=${lower.slice(0, 3)}`,
    `x3=${lower.slice(-3)}`,
    `x2=${lower.slice(-2)}`,
  ];
  if (gazetteers) {
    if (isGivenName(word)) features.push('given');
    if (/^\p{Lu}/u.test(word) && isPlace(word)) features.push('place');
    if (isCommonWord(lower)) features.push('common');
    if (ORG_WORDS.has(lower)) features.push('orgword');
    if (COMPANY_SUFFIXES.has(lower)) features.push('legal');
    if (isDemonym(word)) features.push('demonym');
    if (TITLE_WORDS.has(lower)) features.push('title');
  }
  if (byWord.size >= MAX_CACHED_WORDS) byWord.clear();
  byWord.set(key, features);
  return features;
}

/** The features of one token, given the sentence, the rule decisions, the tag before it and whether the sentence is in capitals. */
export function tokenFeatures(
  tokens: readonly Token[],
  index: number,
  rules: readonly RuleTag[],
  previousTag: string,
  shouting: boolean,
  set: FeatureSet = ALL_FEATURES,
): string[] {
  const features = staticFeatures(tokens, index, rules, shouting, set);
  features.push(...tagFeatures(tokens, index, previousTag));
  return features;
}

/** The features that depend on the tag chosen for the token before. */
export function tagFeatures(tokens: readonly Token[], index: number, previousTag: string): string[] {
  return [`t-1=${previousTag}`, `t-1s=${previousTag}|${wordShape(tokens[index]?.text ?? '')}`];
}

/** The features that do not depend on the tags chosen before; learning computes them once per token. */
export function staticFeatures(
  tokens: readonly Token[],
  index: number,
  rules: readonly RuleTag[],
  shouting: boolean,
  set: FeatureSet = ALL_FEATURES,
): string[] {
  const token = tokens[index] as Token;
  const word = token.text;
  const lower = word.toLowerCase();
  const shape = wordShape(word);
  const features = [...wordFeatures(word, set.gazetteers)];
  if (token.sentenceStart) features.push('start', `start|w=${lower}`);
  if (shouting) features.push('shout', `shout|s=${shape}`);
  if (set.context) {
    const before = lowerAt(tokens, index - 1);
    features.push(
      `w-1=${before}`,
      `w+1=${lowerAt(tokens, index + 1)}`,
      `w-2=${lowerAt(tokens, index - 2)}`,
      `w+2=${lowerAt(tokens, index + 2)}`,
      `s-1=${shapeAt(tokens, index - 1)}`,
      `s+1=${shapeAt(tokens, index + 1)}`,
      `w-1w=${before}|${lower}`,
    );
  }
  if (set.gazetteers) {
    const before = lowerAt(tokens, index - 1);
    if (TITLE_WORDS.has(before) || PERSON_BEFORE.has(before)) features.push('after-title');
    if (ORG_WORDS.has(lowerAt(tokens, index + 1)) || ORG_WORDS.has(lowerAt(tokens, index + 2)))
      features.push('before-orgword');
  }
  if (set.rules) {
    const rule = rules[index] ?? '';
    features.push(
      `r=${rule}`,
      `r|s=${rule}|${shape}`,
      `r-1=${rules[index - 1] ?? ''}`,
      `r+1=${rules[index + 1] ?? ''}`,
    );
  }
  return features;
}
