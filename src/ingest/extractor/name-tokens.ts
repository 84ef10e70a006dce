import { mayBeGivenName } from './lexicon.ts';
import { NEVER_NAMES, ORG_WORDS, TITLE_WORDS } from './word-lists.ts';
import { isRatingCode } from './ratings.ts';
import type { Token } from './tokens.ts';

/*
 * Which tokens may be words of a name, and the text a name's tokens spell: what the span finder,
 * the connectors and the role phrases all read.
 */

/** The text of a name's tokens, a possessive joined to its word again ("Putin's"). */
export const text = (tokens: readonly Token[]) =>
  tokens
    .map((token) => token.text)
    .join(' ')
    .replace(/ ([’']s?)(?= |$)/g, '$1')
    .replace(/ ,(?= )/g, ',')
    .replace(/\( (\S+) \)/g, '($1)');

/*
 * A month, day or pronoun, unless a given name before a surname ("Jan Kowalski", not "Jan 5"), or a
 * credit rating's grade ("Aa-2 and Standard and Poor's Corp").
 */
export function neverName(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.text ?? '';
  const next = tokens[index + 1]?.text ?? '';
  if (isRatingCode(tokens, index)) return true;
  // "Estimated price range N / A": the fields of a form that are not available name nothing.
  if (isNotAvailable(tokens, index)) return true;
  // "Air Cargo Newsroom Tel+44 171 …": the label of a phone number ends a sign-off's name.
  if (/^(?:tel|fax|phone)\.?$/i.test(word) && /^[+\d(]/.test(next)) return true;
  if (!NEVER_NAMES.has(word.toLowerCase())) return false;
  // "a Pan Am flight": "Am" written so after a capitalised word of a name is part of it, not the verb or the hour.
  const before = tokens[index - 1];
  if (word === 'Am' && before?.capitalised && !NEVER_NAMES.has(before.text.toLowerCase())) return false;
  // "Queen Elizabeth I", "Pedro I became Emperor": a regnal number after a ruler's name, not the pronoun.
  const ruler = tokens[index - 1];
  if (word === 'I' && ruler?.capitalised && !ruler.sentenceStart && !NEVER_NAMES.has(ruler.text.toLowerCase()))
    return /^['’]/u.test(next) || PRONOUN_VERBS.has(next);
  const previous = tokens[index - 1]?.text.toLowerCase() ?? '';
  return (
    DATE_BEFORE.has(previous) ||
    !(
      mayBeGivenName(word) &&
      /^\p{Lu}\p{Ll}/u.test(next) &&
      ![NEVER_NAMES, TITLE_WORDS, ORG_WORDS].some((list) => list.has(next.toLowerCase()))
    )
  );
}

/* "N" or "A" of "N / A" (not available), as a form's fields write it. */
function isNotAvailable(tokens: readonly Token[], index: number): boolean {
  const at = (offset: number) => tokens[index + offset]?.text;
  const word = at(0);
  return (word === 'N' && at(1) === '/' && at(2) === 'A') || (word === 'A' && at(-1) === '/' && at(-2) === 'N');
}

/* Verbs after which "I" is the speaker ("Mary I think is right"), not a regnal number. */
const PRONOUN_VERBS = new Set(
  'am think believe guess hope know feel want mean say said have had will would can do'.split(' '),
);

const DATE_BEFORE = new Set(
  'in on since by until till last next early late mid of from to before after during'.split(' '),
);

/** An Arabic surname written with its article ("al-Saadani", "el-Sayed"), which goes on a name it does not open. */
export const isArticleName = (word: string) => /^(?:al|el|ad|ash|as|at|az|ibn|bin|abu|abd)-\p{Lu}\p{Ll}/u.test(word);

/* Prepositions, articles, conjunctions and pronouns, which a table's heading may share ("IN") but no name does. */
const FUNCTION_WORDS = new Set(
  'in on at by for from with as of to the a an and but or nor if so it its we he she they this that these those there here then when while after before since until under over into about up out'.split(
    ' ',
  ),
);

/** A word of grammar ("In" of a quoted title), never a name alone, whatever a registry holds. */
export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word.toLowerCase());

/** A capitalised word that can open a name. */
export function startsName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  // "al-Gama'a al-Islamiya": a name an article opens is taken whole, not from its second word.
  const next = tokens[index + 1];
  if (token && isArticleName(token.text) && next && (next.capitalised || isArticleName(next.text))) return true;
  return token !== undefined && token.capitalised && !neverName(tokens, index);
}
