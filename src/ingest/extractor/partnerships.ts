import { isPlace } from './lexicon.ts';
import { LEGAL_FORMS, ORG_WORDS } from './word-lists.ts';
import type { Token } from './tokens.ts';

/*
 * Punctuation inside a company's name, which its legal form shows: "Merrill Lynch, Pierce, Fenner and
 * Smith Inc", a firm named after its partners, written with commas between them (a word or two each),
 * "and" before the last one and the legal form that closes it; "Cheung Kong (Holdings) Ltd".
 */

/* A partner's name: a capitalised word that is no body word ("Pierce", not "Motors"). */
const partner = (token?: Token) =>
  token?.capitalised === true && /^\p{Lu}\p{Ll}+$/u.test(token.text) && !ORG_WORDS.has(token.text.toLowerCase());

/**
 * Where the legal form of a partnership that the comma at `index` runs on into stands, or -1. Not
 * after a company, a body or a place before the comma ("Deacon Inc, Gordon and Smith Inc" is two
 * firms, "the United Kingdom, Pye and Son Ltd" a place and a firm); the last partner is one word, so
 * a list that names a company in full stays a list ("Chrysler, Ford and General Motors Corp").
 */
export function partnershipEnd(tokens: readonly Token[], index: number): number {
  const before = tokens[index - 1]?.text ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(before) || ORG_WORDS.has(before.toLowerCase()) || LEGAL_FORMS.has(before.toLowerCase()))
    return -1;
  if (isPlace(before) || isPlace(`${tokens[index - 2]?.text ?? ''} ${before}`)) return -1;
  let at = index + 1;
  let words = 0;
  while (at < index + 8 && tokens[at]?.text !== 'and') {
    const token = tokens[at];
    if (token?.text === ',' && words > 0) words = 0;
    else if (partner(token) && words < 2) words += 1;
    else return -1;
    at += 1;
  }
  const closed =
    tokens[at]?.text === 'and' &&
    words > 0 &&
    partner(tokens[at + 1]) &&
    LEGAL_FORMS.has(tokens[at + 2]?.text.toLowerCase() ?? '');
  return closed ? at + 2 : -1;
}

/**
 * Whether the comma at `index` is inside a partnership's name: "Goldman, Sachs and Co.", which "and"
 * and a legal form end; a company its own legal form closed before the comma is one of a list
 * ("… Markets Ltd, Samuel Montagu and Co").
 */
export function commaInFirm(tokens: readonly Token[], index: number): boolean {
  const closed = LEGAL_FORMS.has(tokens[index - 1]?.text.toLowerCase() ?? '');
  if (tokens[index]?.text !== ',' || closed || !tokens[index - 1]?.capitalised || !tokens[index + 1]?.capitalised)
    return false;
  const and = tokens[index + 2]?.text === 'and' ? index + 2 : tokens[index + 3]?.text === 'and' ? index + 3 : -1;
  const capitalised = tokens.slice(index + 1, and).every((token) => token.capitalised);
  if (and !== -1 && capitalised && LEGAL_FORMS.has(tokens[and + 1]?.text.toLowerCase() ?? '')) return true;
  if (partnershipEnd(tokens, index) !== -1) return true;
  // "Bateman Eichler, Hill Richards Inc": two partners' names after the comma that a legal form
  // closes. A company before a comma ends in a body word or its own legal form ("Deacon Inc, Gordon
  // Capital Corp", "the Securities and Exchange Commission, Fidelity International Ltd"), so a list stays
  // apart, and so does a place before a company in apposition ("its unit in the United Kingdom, Pye TVT Limited").
  const before = tokens[index - 1]?.text ?? '';
  const partnerWord = (token?: Token) => token?.capitalised === true && !ORG_WORDS.has(token.text.toLowerCase());
  if (
    /^\p{Lu}\p{Ll}/u.test(before) &&
    !ORG_WORDS.has(before.toLowerCase()) &&
    !isPlace(before) &&
    !isPlace(`${tokens[index - 2]?.text ?? ''} ${before}`) &&
    partnerWord(tokens[index + 1]) &&
    partnerWord(tokens[index + 2]) &&
    LEGAL_FORMS.has(tokens[index + 3]?.text.toLowerCase() ?? '')
  )
    return true;
  return false;
}

/** Whether the bracket at `index` is inside a company's name: one word in brackets before its legal form ("Cheung Kong (Holdings) Ltd"). */
export function bracketInFirm(tokens: readonly Token[], index: number): boolean {
  const legalAt = (at: number) => LEGAL_FORMS.has(tokens[at]?.text.toLowerCase() ?? '');
  const opening = tokens[index]?.text === '(' && tokens[index + 2]?.text === ')' && legalAt(index + 3);
  const closing = tokens[index]?.text === ')' && tokens[index - 2]?.text === '(' && legalAt(index + 1);
  return (opening && tokens[index + 1]?.capitalised === true) || (closing && tokens[index - 3]?.capitalised === true);
}
