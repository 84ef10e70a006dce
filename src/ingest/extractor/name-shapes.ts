import { isCommonWord, isCountry, isDemonym, isFirstName, isGivenName, isPlace, mayBeGivenName } from './lexicon.ts';
import { isNationality } from '../registry/countries.ts';
import {
  TITLE_WORDS,
  LEGAL_FORMS,
  NAME_PARTICLES,
  NEVER_NAMES,
  NOT_ACRONYMS,
  ORG_WORDS,
  PLACE_WORDS,
  TABLE_OWNERS,
  TABLE_WORDS,
} from './word-lists.ts';
import { GENERIC_COMPANY_WORDS, SINGLE_BODIES } from './entity-cues.ts';

/*
 * What the words of a span, and the few after it, look like: a person's name, an acronym, a word
 * of ordinary English, a table's heading. Each reads the words alone, whatever the registry holds.
 */

/*
 * Words of a flattened table or a legal form standing alone: "Oper Shr", "Avg Shrs", "Revs", "Group Net",
 * "Corp", "Co Ltd", and company names cut down to a generic word ("International Inc").
 */
export function isTableOrLegalWords(words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase().replace(/\.$/, ''));
  if (
    lower.some((word) => TABLE_WORDS.has(word)) &&
    words.every(
      (word, at) => TABLE_WORDS.has(lower[at] ?? '') || TABLE_OWNERS.has(lower[at] ?? '') || isCommonWord(word),
    )
  )
    return true;
  const rest = lower.filter((word) => !LEGAL_FORMS.has(word) && !LEGAL_FORMS.has(`${word}.`));
  if (rest.length === 0) return true;
  return (
    rest.length === 1 &&
    rest.length < lower.length &&
    (GENERIC_COMPANY_WORDS.has(rest[0] ?? '') || isDemonym(words[0] ?? ''))
  );
}

/* A word of ordinary English however it is written ("League", "PROFIT"), save the bodies named by one ("Treasury"). */
export function isGenericWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (SINGLE_BODIES.has(lower)) return false;
  if (ORG_WORDS.has(lower)) return true;
  return /^\p{Lu}{2,}$/u.test(word) && isCommonWord(lower);
}

/*
 * Starts with a given name or an initial ("Andrei Belousov", "M. Butcher"), not an abbreviated place
 * ("S. Korea"). After a given name a town's name is as often a surname ("Manuel Medina", "Neal
 * Lancaster"); a country's is not ("Jordan Israel" of a list), nor a name that is a place whole.
 */
export const hasGivenName = (words: readonly string[]) => {
  const [first = '', second = ''] = words;
  const initial = /^\p{Lu}\.$/u.test(first);
  // "Roman Catholic": a given name's word before a faith's is no one's name; a nation's word may be a
  // surname ("Ron English"), its people's noun is not ("Dane" of "Doyle Dane Bernbach").
  const faith = PEOPLE_ADJECTIVES.has(second.toLowerCase()) && !mayBeGivenName(second);
  if (words.length < 2 || !(initial || isGivenName(first)) || isDemonym(second) || faith) return false;
  if (!isPlace(second)) return true;
  // Only a given name that is nothing else opens such a name: "West" of "West Texas" is a direction.
  return isFirstName(first) && !isCountry(second) && !isPlace(words.slice(0, 2).join(' '));
};

/*
 * Two to four words that can be a person's name: after a given name any capitalised words will do
 * ("Peter Such"); otherwise each word must be no common word and no place ("Nasser Hussain").
 */
export function looksLikePerson(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const lower = words.map((word) => word.toLowerCase());
  if (lower.some((word) => ORG_WORDS.has(word) || PLACE_WORDS.has(word))) return false;
  if (hasGivenName(words)) return true;
  // "the War of Spanish Succession", "Roman Catholic": without a given name, a people's or a faith's
  // word says what kind of thing the name is, not whose surname it is.
  if (words.some((word) => isPeoplesWord(word) && !mayBeGivenName(word))) return false;
  // "Dean Headley", "Les Ferdinand": a given name that is also a word, before a surname that is none.
  if (mayBeGivenName(words[0] ?? '') && words.slice(1).every(isPlainSurname)) return true;
  // "National Semiconductor", "Federal Express": with no given name, a title's word opening the run
  // is no surname (a title before a name was taken off already), so the run names a body or a thing.
  if (TITLE_WORDS.has(lower[0] ?? '')) return false;
  return words.every(
    (word) =>
      NAME_PARTICLES.has(word.toLowerCase()) ||
      (/^\p{Lu}[\p{Ll}'’-]/u.test(word) && !isCommonWord(word) && !isPlace(word)),
  );
}

const isPlainSurname = (word: string) =>
  /^\p{Lu}\p{Ll}/u.test(word) && !isCommonWord(word) && !isPlace(word) && !NEVER_NAMES.has(word.toLowerCase());

/* Two capitals at least: "P." of "S and P." is an initial, not an acronym. */
export const isAcronym = (word: string) =>
  /^\p{Lu}[\p{Lu}&.]{1,6}$/u.test(word) &&
  word.replace(/[&.]/g, '').length >= 2 &&
  !/^[IVX]+$/.test(word) &&
  !NOT_ACRONYMS.has(word.toLowerCase()) &&
  !isPlace(word.replace(/\./g, ''));

export const isAge = (next: readonly string[]) => next[0] === ',' && /^\d{2}$/.test(next[1] ?? '') && next[2] === ',';

/* Words of faith or people that qualify a place the way a nationality does ("Jewish West Bank settlements"). */
const PEOPLE_ADJECTIVES = new Set(
  'jewish moslem muslim christian catholic protestant arab hindu sikh buddhist kurdish'.split(' '),
);

/** Whether a word is the adjective of a nation or a faith ("Palestinian", "Moslem"). */
export const isPeoplesWord = (word: string) =>
  isDemonym(word) || isNationality(word) || PEOPLE_ADJECTIVES.has(word.toLowerCase());

/**
 * A place with the adjective of a nation or faith before it is that place ("Palestinian West Bank
 * town", "Jewish West Bank settlements"), no body of the place's own words ("Bank"); a place named so
 * whole stays whole ("British Columbia").
 */
export function withoutPlaceAdjective<T extends { text: string }>(tokens: T[]): T[] {
  let start = 0;
  while (start < Math.min(2, tokens.length - 1) && isPeoplesWord(tokens[start]?.text ?? '')) start += 1;
  const name = (part: readonly T[]) => part.map((token) => token.text).join(' ');
  if (start === 0 || isPlace(name(tokens)) || !isPlace(name(tokens.slice(start)))) return tokens;
  return tokens.slice(start);
}
