import type { Token } from './tokens.ts';

/*
 * Credit-rating codes ("Moody's rates the debt Aa-2 and Standard and Poor's Corp rates it AA",
 * "downgraded to DP-4 (low AA)") are grades, no name and no part of one: read as words of a name they
 * make "Aa-2 and Standard and Poor's Corp" a body, and a grade a company's alias ("AA") files every
 * bond story under that company.
 */

/* Moody's mixed-case grades with a digit ("Aa-2", "Baa1"): no name is written so, in any story. */
const MOODYS_NOTCHED = /^(?:Aaa|Aa|Baa|Ba|Caa|Ca)-?[123]$/u;

/*
 * Grades that may be an acronym or a letter too ("AAA", "AA", "A-1", "Aa"): the capital long-term
 * grades with their notches ("AA-minus", "BBB+"), Moody's grades without a digit, Moody's single-letter
 * grades with one ("A1", "B-2"), and the short-term grades ("P-1", "MIG-1", Duff and Phelps' "DP-4", "DP-11").
 */
const GRADE =
  /^(?:(?:AAA|AA|A|BBB|BB|B|CCC|CC|C|D)(?:[+-]|-minus|-plus)?|Aaa|Aa|Baa|Ba|Caa|Ca|[ABC]-?[123]|(?:P|A|MIG|VMIG)-[1-6]|DP-\d{1,2})$/u;

/* Words that make a sentence about ratings, lower-cased as tokens ("Moody" of "Moody's"). */
const RATING_WORDS = new Set(
  'rate rates rated rating ratings downgrade downgrades downgraded upgrade upgrades upgraded affirm affirms affirmed debt paper moody'.split(
    ' ',
  ),
);

/* The agencies named in words: "Standard and Poor's", "Standard & Poor's", "Duff and Phelps". */
const AGENCIES: readonly (readonly string[])[] = [
  ['standard', 'and', 'poor'],
  ['standard', '&', 'poor'],
  ['duff', 'and', 'phelps'],
  ['duff', '&', 'phelps'],
];

/* Verbs that move a grade, about ratings where the grade follows "to" or "from" ("lowered to AA from AAA"). */
const MOVES = new Set(['lowered', 'raised', 'cut', 'lifted']);

/** Whether the token at `index` of a sentence's tokens is a credit rating's grade, not a word of a name. */
export function isRatingCode(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.text ?? '';
  if (MOODYS_NOTCHED.test(word)) return true;
  if (!GRADE.test(word)) return false;
  // "Harry S Truman": a letter between two words of a name is an initial written without its stop.
  if (word.length === 1 && tokens[index - 1]?.capitalised && tokens[index + 1]?.capitalised) return false;
  const lower = tokens.map((token) => token.text.toLowerCase());
  if (lower.some((each) => RATING_WORDS.has(each))) return true;
  if (lower.some((_, at) => AGENCIES.some((agency) => agency.every((part, step) => lower[at + step] === part))))
    return true;
  const before = lower[index - 1];
  return (before === 'to' || before === 'from') && lower.some((each) => MOVES.has(each));
}
