import nlp from 'compromise/two';
import { isNameWord } from '../extractor/tokens.ts';
import { sentences } from './sentences.ts';

/** Longest derived headline, in characters, before it is cut at a clause or word boundary. */
export const HEADLINE_MAX = 110;
/** A given headline line is short: at most this many words. */
const HEADLINE_LINE_WORDS = 20;
/** Summaries longer than this are cut at a word (flattened tables have no full stops). */
export const SUMMARY_MAX = 400;

/* Words a headline must not end on: articles, prepositions, conjunctions, auxiliaries. */
const DANGLING = new Set(
  (
    'a an the of and or but nor to in on at by for from with as into onto over under than that which who whose ' +
    'whom its his her their our your my this these those is are was were be been being has have had will would ' +
    'shall should can could may might must not no after before about between against during amid while &'
  ).split(' '),
);

/**
 * Splits off a headline the text gives: a first paragraph of a few words and at most
 * {@link HEADLINE_MAX} characters with no closing full stop (often all capitals), or such an
 * all-capitals first line above the first paragraph. Returns the paragraphs unchanged when there
 * is none, or when nothing would be left for the body.
 */
export function takeHeadline(blocks: string[][]): { headline?: string; rest: string[][] } {
  const [first, ...others] = blocks;
  if (first === undefined) return { rest: blocks };
  if (others.length > 0 && looksLikeHeadline(first.join(' '))) return { headline: first.join(' '), rest: others };
  const [line, ...lines] = first;
  if (line !== undefined && lines.length > 0 && looksLikeHeadline(line) && isAllCapitals(line)) {
    return { headline: line, rest: [lines, ...others] };
  }
  return { rest: blocks };
}

/*
 * A line longer than a derived headline may be is not a headline however few its words (one
 * 200,000-character "word"): it stays in the body, whole, and the headline is derived from it.
 */
function looksLikeHeadline(text: string): boolean {
  if (text.length > HEADLINE_MAX || text.split(' ').length > HEADLINE_LINE_WORDS) return false;
  if (!/\p{L}/u.test(text) || /[:;,\-–—]$/u.test(text)) return false;
  // A short all-capitals paragraph is a headline even with a full stop ("… TO U.S.", "… NOTE.").
  return isAllCapitals(text) || !/[.!?…]["'”’)\]]*$/u.test(text);
}

function isAllCapitals(text: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * The kicker of a paragraph that opens with a short capitalised phrase and a colon ("Putin's India
 * Visit: The 22nd …"), or undefined. Every word must be capitalised (or a small joining word) so
 * that an ordinary clause before a colon is not mistaken for one, and a word of a name (`isNameWord`).
 */
export function findKicker(paragraph: string): string | undefined {
  const match = /^([^:.!?;"“]{2,60}): +(?=["“‘'\p{Lu}\p{N}])/u.exec(paragraph);
  const kicker = match?.[1]?.trim();
  if (match === null || kicker === undefined || paragraph.length - match[0].length < 20) return undefined;
  const words = kicker.split(/\s+/);
  if (words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(kicker)) return undefined;
  // A kicker becomes a story's name, so its words follow the rule every name follows: no markup.
  const capitalised = words.every(
    (word) =>
      (/^[\p{Lu}\p{N}]/u.test(word) && isNameWord(word)) || /^(?:of|the|and|in|on|for|to|a|an|at|vs|&)$/.test(word),
  );
  return capitalised ? kicker : undefined;
}

/** The first sentence of a paragraph (see `sentences`), or '' for an empty one. */
export function firstSentence(text: string): string {
  return sentences(text)[0] ?? '';
}

/**
 * A headline made from a first sentence: the sentence without its full stop when it is short
 * enough, else cut at the last clause boundary (comma, semicolon, dash) that keeps at least half
 * the length, else at the last word; never ending on "the", "of", "and" and the like.
 */
export function deriveHeadline(sentence: string, max = HEADLINE_MAX): string {
  const text = sentence.replace(/[.!?]+(["'”’)\]]*)$/u, '$1').trim();
  if (text.length <= max) return text;
  const clause = /(?:[,;:]| [-–—]) /g;
  let cut = -1;
  for (let match = clause.exec(text); match && match.index <= max; match = clause.exec(text)) {
    if (match.index >= max / 2) cut = match.index;
  }
  if (cut < 0) cut = text.lastIndexOf(' ', max);
  return tidyEnd(text.slice(0, cut > 0 ? cut : max));
}

/** A summary: the sentence itself, or its first {@link SUMMARY_MAX} characters cut at a word. */
export function summarise(sentence: string): string {
  if (sentence.length <= SUMMARY_MAX) return sentence;
  const cut = sentence.lastIndexOf(' ', SUMMARY_MAX);
  return `${tidyEnd(sentence.slice(0, cut > 0 ? cut : SUMMARY_MAX))}…`;
}

/* Tags of a lower-case last word that leave a cut headline hanging ("… ministerial", "… quickly"). */
const WEAK_TAGS = [
  'Adjective',
  'Adverb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Modal',
  'Copula',
  'Auxiliary',
  'Pronoun',
];

function tidyEnd(text: string): string {
  const words = text.replace(/[\s,;:\-–—]+$/u, '').split(' ');
  while (words.length > 1 && danglingEnd(words)) words.pop();
  const result = words.join(' ').replace(/[\s,;:\-–—(]+$/u, '');
  return dropUnclosed(result);
}

function danglingEnd(words: string[]): boolean {
  const last = words.at(-1) ?? '';
  if (DANGLING.has(last.toLowerCase())) return true;
  if (!/^\p{Ll}/u.test(last)) return false;
  const terms = nlp(words.join(' ')).termList();
  const tags = terms.at(-1)?.tags ?? new Set<string>();
  return WEAK_TAGS.some((tag) => tags.has(tag));
}

/* A cut inside brackets or quotes leaves an opener with no partner; end before it instead. */
function dropUnclosed(text: string): string {
  const opens = (text.match(/\(/g) ?? []).length;
  const closes = (text.match(/\)/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  const curly = (text.match(/“/g) ?? []).length - (text.match(/”/g) ?? []).length;
  const opener =
    opens > closes
      ? text.lastIndexOf('(')
      : straight % 2 === 1
        ? text.lastIndexOf('"')
        : curly > 0
          ? text.lastIndexOf('“')
          : -1;
  return opener > text.length / 2 ? tidyEnd(text.slice(0, opener)) : text;
}
