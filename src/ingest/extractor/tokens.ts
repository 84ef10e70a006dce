import { keepsStop, sentences } from '../text/sentences.ts';
import { LEGAL_FORMS } from './word-lists.ts';

/** One word or mark of an article, with what the extractor needs to know about its place. */
export interface Token {
  text: string;
  /** Starts with a capital letter and is not a lower-case compound ("Russia-led"). */
  capitalised: boolean;
  /** The first word of its sentence, whose capital says nothing. */
  sentenceStart: boolean;
  /** Index of its sentence in the text. */
  sentence: number;
}

/** A sentence's tokens and whether it is written in capitals throughout (a headline, a dateline). */
export interface Sentence {
  tokens: Token[];
  shouting: boolean;
}

/*
 * What a word of a name may hold, the one rule every name ingest forms is made of: it starts with a
 * letter or digit and goes on with letters, digits, marks, apostrophes, stops and hyphens ("O'Neill",
 * "U.S.", "Russia-led"), and "&" where it joins letters ("AT&T") but not where it starts a character
 * reference ("AT&amp;T"). Markup characters (< > " = / ` and the like) never belong to a word, so no
 * person, organisation, place, event or story ingest finds can carry markup into a page or the search
 * index; they stand as marks of their own, which break a run of capitalised words as any mark does.
 */
const NAME_WORD = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.\-]|&(?![#\p{L}\p{N}]+;))*`;
const TOKEN = new RegExp(`${NAME_WORD}|\\S`, 'gu');
const WHOLE_NAME_WORD = new RegExp(`^${NAME_WORD}$`, 'u');

/** Whether `word` is one word a name may be made of (see `NAME_WORD`): no markup, no character reference. */
export const isNameWord = (word: string): boolean => WHOLE_NAME_WORD.test(word);

/**
 * Splits text into sentences (see `sentences`) of tokens. A possessive ("Putin's", "Leaders'")
 * becomes its own token, and a full stop stays on a word only when it belongs there (initials
 * "U.S.", "M.", titles "Dr.").
 */
export function tokenise(text: string): Sentence[] {
  const pieces = sentences(text).flatMap((sentence) => atLegalFormStops(wordsOf(sentence)));
  return pieces.map((words, index) => {
    const tokens: Token[] = [];
    // Whether the sentence so far holds a word or number, so the next one is not its first.
    let started = false;
    for (const piece of words) {
      tokens.push({
        text: piece,
        capitalised: isCapitalised(piece),
        sentenceStart: !started && /^[\p{L}\p{N}]/u.test(piece),
        sentence: index,
      });
      started ||= /[\p{L}\p{N}]/u.test(piece);
    }
    markHeadingDash(tokens);
    return { tokens, shouting: isShouting(tokens) };
  });
}

/*
 * "BRITAIN - Gilts fell", "UNITED STATES - Prices of U.S. Treasury securities": a paragraph of a market
 * report or a press digest run in after its heading in capitals and a dash. The word after the dash
 * opens what is said, so its capital says no more than a sentence's first word's does.
 */
function markHeadingDash(tokens: Token[]): void {
  const dash = tokens.findIndex((token) => !/^\P{Ll}*\p{Lu}\P{Ll}*$/u.test(token.text));
  const next = tokens[dash + 1];
  if (dash > 0 && tokens[dash]?.text === '-' && next?.capitalised && /\p{Ll}/u.test(next.text))
    next.sentenceStart = true;
}

const wordsOf = (sentence: string): string[] => (sentence.match(TOKEN) ?? []).flatMap(splitWord);

/*
 * "… said Jim Webber of TD Securities Inc. Canada's 8.0 percent bond fell": the stop of a legal form
 * is kept on its word, so the sentence finder reads on, yet a company's name ends at its legal form.
 * A capitalised word after one opens the next sentence, unless it is a legal form too ("Plessey Co.
 * Plc", "Co. Inc"), so no name runs over the stop ("Kidder, Peabody and Co. Holders of Hughes").
 */
function atLegalFormStops(words: string[]): string[][] {
  const out: string[][] = [];
  let start = 0;
  for (let index = 1; index < words.length - 1; index += 1) {
    const word = words[index] ?? '';
    const next = words[index + 1] ?? '';
    if (!word.endsWith('.') || !isCapitalised(word) || !LEGAL_FORMS.has(word.toLowerCase())) continue;
    if (!/^\p{Lu}/u.test(next) || LEGAL_FORMS.has(next.toLowerCase()) || LEGAL_FORMS.has(`${next.toLowerCase()}.`))
      continue;
    out.push(words.slice(start, index + 1));
    start = index + 1;
  }
  out.push(words.slice(start));
  return out;
}

/** Whether a token is the possessive mark {@link splitWord} splits off a word ("'s", "'", "’s"). */
export const isPossessiveMark = (text: string): boolean => /^['’]s?$/.test(text);

function splitWord(raw: string): string[] {
  if (raw.length === 1) return [raw];
  const possessive = /^(.+?)(['’]s?)$/u.exec(raw);
  if (possessive && /\p{L}/u.test(possessive[1] ?? '')) return [...splitWord(possessive[1] ?? ''), possessive[2] ?? ''];
  if (!raw.endsWith('.') || keepsStop(raw)) return [raw];
  return [raw.replace(/\.+$/, ''), '.'];
}

function isCapitalised(word: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  const parts = word.split('-');
  return !parts.slice(1).some((part) => /^\p{Ll}/u.test(part));
}

/* A sentence whose letters are nearly all capitals: its capitals mark no names. */
function isShouting(tokens: readonly Token[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const token of tokens) {
    for (const char of token.text) {
      if (char >= 'A' && char <= 'Z') upper += 1;
      else if (char >= 'a' && char <= 'z') lower += 1;
      else if (char > '\u007f') {
        if (/\p{Lu}/u.test(char)) upper += 1;
        else if (/\p{Ll}/u.test(char)) lower += 1;
      }
    }
  }
  return upper >= 4 && upper > lower * 4;
}
