/*
 * Where a sentence ends: the one rule the entity extractor, the event finder and the summary all
 * cut text with, so a name, an event and a summary never disagree about what one sentence is.
 */

/* Abbreviations written with a full stop that is part of the word ("Dr.", "Corp.", "Sept."). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr gen lt col maj capt adm cmdr sgt sen rep gov prof rev inc corp co ltd no vs mt ft jan feb aug sept oct nov dec'.split(
    ' ',
  ),
);

/**
 * Whether the full stop that ends `word` belongs to it, so it stays on the word and ends no
 * sentence: initials ("J.", "U.S.") or an abbreviation ("Dr.", "Corp.").
 */
export const keepsStop = (word: string): boolean =>
  /^(?:\p{L}\.)+$/u.test(word) || (word.endsWith('.') && ABBREVIATIONS.has(word.slice(0, -1).toLowerCase()));

/* A sentence's closing marks and the quotes and brackets closing after them, before the next sentence's start. */
const END = /[.!?]+["'”’)\]]*(?=\s+["'“‘(\p{Lu}\p{N}])/gu;

/**
 * The sentences of a text, each without the spaces around it. A sentence ends at a line break, and
 * after a `.`, `!` or `?` (with the quotes and brackets that close after it) where a capitalised
 * word, a number or an opening quote follows: "1.5 pct" and "… a gain of 46.5 mln dlrs, he said"
 * go on. A full stop that belongs to its word (see {@link keepsStop}) ends none, nor the stop of
 * a list number opening a sentence ("1. Frank Holloway").
 */
export function sentences(text: string): string[] {
  const result: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    let start = 0;
    for (const match of line.matchAll(END)) {
      if (match[0].startsWith('.') && !stopEnds(line, start, match.index)) continue;
      const end = match.index + match[0].length;
      const sentence = line.slice(start, end).trim();
      if (sentence !== '') result.push(sentence);
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest !== '') result.push(rest);
  }
  return result;
}

/*
 * Whether the full stop at `at` ends the sentence begun at `start`. The word before it is found by
 * stepping back over it alone, so a long sentence of abbreviations costs no more than its length.
 */
function stopEnds(line: string, start: number, at: number): boolean {
  let from = at;
  while (from > start && !/\s/u.test(line[from - 1] ?? '')) from -= 1;
  const word = line.slice(from, at).replace(/^["'“‘(]+/u, '');
  // "Sino-U.S.": initials closing a longer word end no sentence either, though the word's own
  // stop is a mark of its own (the name is "Sino-U.S").
  if (keepsStop(`${word}.`) || /\p{L}\.\p{L}/u.test(word)) return false;
  return !(/^\d{1,3}$/u.test(word) && line.slice(start, from).trim() === '');
}
