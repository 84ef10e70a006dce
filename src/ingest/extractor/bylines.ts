import type { Token } from './tokens.ts';

/*
 * A wire story's byline run into its dateline: "Mona Eltahawy TRIPOLI 1996-08-30 Libyans are ...",
 * "Rolf Soderlind LONGYEAR, Norway 1996-08-30 ...". The reporter's name is written in ordinary
 * capitals, the place of filing in capitals throughout, and a date follows; read as one run, the
 * reporter became part of the place.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHOUTED = /^\p{Lu}[\p{Lu}.'’-]+$/u;
const NAME_WORD = /^\p{Lu}[\p{Ll}'’.-]/u;

/** Whether a date follows `index` at once or after ", Country" (at most three words of it). */
function dateAhead(tokens: readonly Token[], index: number): boolean {
  if (DATE.test(tokens[index]?.text ?? '')) return true;
  if (tokens[index]?.text !== ',') return false;
  for (let at = index + 1; at <= index + 3; at += 1) {
    const token = tokens[at];
    if (DATE.test(token?.text ?? '')) return at > index + 1;
    if (!token?.capitalised) return false;
  }
  return false;
}

/**
 * The run cut where a byline's name ends and its dateline's place begins, or the run whole. `end`
 * is the index in `tokens` just after the run.
 */
export function splitByline(run: readonly Token[], tokens: readonly Token[], end: number): Token[][] {
  if (!run[0]?.sentenceStart || !dateAhead(tokens, end)) return [[...run]];
  const cut = run.findIndex((token) => SHOUTED.test(token.text));
  const name = run.slice(0, cut);
  if (cut < 2 || cut > 3 || !name.every((token) => NAME_WORD.test(token.text))) return [[...run]];
  if (!run.slice(cut).every((token) => SHOUTED.test(token.text))) return [[...run]];
  return [name, run.slice(cut)];
}

/** Whether a span stands where a byline's name does: first in its sentence, before the dateline's place and date. */
export function isByline(tokens: readonly Token[], next: readonly string[]): boolean {
  const place = next.findIndex((word) => !SHOUTED.test(word));
  return (
    tokens[0]?.sentenceStart === true &&
    tokens.length >= 2 &&
    tokens.length <= 3 &&
    tokens.every((token) => NAME_WORD.test(token.text)) &&
    place > 0 &&
    (DATE.test(next[place] ?? '') || (next[place] === ',' && next.slice(place + 1).some((word) => DATE.test(word))))
  );
}
