import { splitByline } from './bylines.ts';
import { joinLength, segments } from './connectors.ts';
import { isArticleName, isFunctionWord, neverName, startsName } from './name-tokens.ts';
import { withoutPlaceAdjective } from './name-shapes.ts';
import { isPlace } from './lexicon.ts';
import { isRatingCode } from './ratings.ts';
import { splitSpan, type Part } from './role-phrases.ts';
import type { Sentence, Token } from './tokens.ts';

/** A run of capitalised words that may name something, with the words around it. */
export interface Span {
  tokens: Token[];
  /** The title and office words written before it ("Defence Minister"), if any. */
  role: string[];
  /** The lower-case word just before it ("counterpart"), if any. */
  before?: string;
  /** The lower-case word before that one ("shares" of "shares of Petofi"), if any. */
  earlier?: string;
  /** The word just after it ("said"), if any. */
  after?: string;
  /** The text after it, for the apposition and age cues (", 45,"). */
  next: string[];
  /** More of the text after it, for an apposition that says what it is (", the Hungarian printing company"). */
  ahead: string[];
  /** A share of number tokens in its sentence, for results tables. */
  numeric: number;
  /** Found as a name the registry knows. */
  known?: boolean;
}

/**
 * Every run of capitalised words in the sentences that are not written in capitals throughout.
 * `knownLength` tells how many tokens from a position form a name the registry knows, so a known
 * name is taken whole even where it holds lower-case words ("… Co-operation in Europe").
 */
export function findSpans(
  sentences: readonly Sentence[],
  knownLength: (tokens: readonly Token[], index: number) => number,
): Span[] {
  // "In" opening a sentence is no registered "IN": a word of grammar alone is never a known name, nor
  // a rating's grade a company's alias ("rates it AA", not Alcan Aluminium's "AA").
  const knownAt = (tokens: readonly Token[], index: number) => {
    const length = knownLength(tokens, index);
    const word = tokens[index]?.text ?? '';
    return length === 1 && (isFunctionWord(word) || isRatingCode(tokens, index)) ? 0 : length;
  };
  const spans: Span[] = [];
  for (const sentence of sentences) {
    if (sentence.shouting) continue;
    const tokens = sentence.tokens;
    const numeric = tokens.filter((token) => /^[\d.,:-]+$/.test(token.text)).length / tokens.length;
    const push = (part: Part) => {
      const start = tokens.indexOf(part.tokens[0] as Token);
      const last = tokens.indexOf(part.tokens.at(-1) as Token);
      spans.push({
        ...part,
        ...beforeOf(tokens, start - part.roleLength),
        ...(tokens[last + 1] ? { after: tokens[last + 1]?.text.toLowerCase() } : {}),
        next: tokens.slice(last + 1, last + 5).map((token) => token.text),
        ahead: tokens.slice(last + 1, last + 13).map((token) => token.text),
        numeric,
      });
    };
    for (let index = 0; index < tokens.length; index += 1) {
      const known = knownAt(tokens, index);
      if (known > 0) {
        push({ tokens: tokens.slice(index, index + known), role: [], roleLength: 0, known: true });
        index += known - 1;
        continue;
      }
      if (!startsName(tokens, index)) continue;
      let end = index + 1;
      while (end < tokens.length && knownAt(tokens, end) === 0) {
        const token = tokens[end];
        if ((token?.capitalised && !neverName(tokens, end)) || isArticleName(token?.text ?? '')) end += 1;
        else {
          const joined = joinLength(tokens, end);
          if (joined === 0) break;
          end += joined;
        }
      }
      let run = tokens.slice(index, end);
      // "Vallen County Water Authority CPN: 11/01/96": the label of the form's next field ends the name.
      const shouted = (token?: Token) => token !== undefined && !/\p{Ll}/u.test(token.text);
      if (tokens[end]?.text === ':' && run.length > 1 && shouted(run.at(-1)) && !run.every(shouted))
        run = run.slice(0, -1);
      run = withoutFieldLabels(run, tokens[end]);
      // "a unit of New York-based ITT Corp": the opening words of a place run into "-based" name nothing of their own.
      if (opensPlaceCompound(run, tokens[end])) run = [];
      if (run.length > 0 && !(run.length === 1 && run[0]?.sentenceStart && tokens[end]?.text === ':')) {
        for (const piece of splitByline(run, tokens, end))
          for (const segment of segments(piece))
            for (const part of splitSpan(segment)) push({ ...part, tokens: withoutPlaceAdjective(part.tokens) });
      }
      index = end - 1;
    }
  }
  return spans;
}

/*
 * The labels of an offering's form, which the wire runs into the names of its fields: "Company Name
 * Homegate Hospitality Inc Nasdaq Stock symbol HMGT", "Lead Underwriter Bear Stearns & Co Inc". A
 * label opening a run names nothing, nor the "Stock" of a "stock symbol" field after an exchange.
 */
const FIELD_LABELS = ['company name', 'lead underwriters', 'lead underwriter'];

function withoutFieldLabels(run: Token[], next: Token | undefined): Token[] {
  const words = run.map((token) => token.text.toLowerCase());
  const label = FIELD_LABELS.find((wanted) => {
    const parts = wanted.split(' ');
    return parts.every((part, at) => words[at] === part);
  });
  let fields = label === undefined ? run : run.slice(label.split(' ').length);
  if (fields.length > 1 && fields.at(-1)?.text === 'Stock' && next?.text === 'symbol') fields = fields.slice(0, -1);
  return fields;
}

/* The words before a compound like "York-based" or "Kong-born" that, with its first part, are a place ("New York"). */
function opensPlaceCompound(run: readonly Token[], next: Token | undefined): boolean {
  const compound = /^(\p{Lu}[\p{L}.']*)-\p{Ll}/u.exec(next?.text ?? '');
  return run.length > 0 && compound !== null && isPlace(`${run.map((token) => token.text).join(' ')} ${compound[1]}`);
}

function beforeOf(tokens: readonly Token[], start: number): { before?: string; earlier?: string } {
  const previous = tokens[start - 1];
  if (!previous || previous.capitalised) return {};
  const earlier = tokens[start - 2];
  const before = previous.text.toLowerCase();
  return earlier && !earlier.capitalised ? { before, earlier: earlier.text.toLowerCase() } : { before };
}
