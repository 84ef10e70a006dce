import { isCountry, isFirstName } from './lexicon.ts';
import { TABLE_HEADINGS, TABLE_SECTIONS } from './word-lists.ts';
import { STANDINGS_FIGURE } from './entity-cues.ts';
import { LIKELY, type Candidate } from './candidate.ts';
import type { Span } from './spans.ts';
import type { Sentence, Token } from './tokens.ts';

/*
 * The tables of sports reports: standings and results printed as rows of a name and its figures,
 * which the wire often flattens into one paragraph ("… W L PCT GB NEW YORK 74 59.556 - BALTIMORE 70
 * 63.526 4 …").
 */

const isCapitalsWord = (word: string) => /^\p{Lu}[\p{Lu}.'&-]*$/u.test(word);

const isHeading = (word: string) => TABLE_HEADINGS.has(word.toLowerCase()) || TABLE_SECTIONS.has(word.toLowerCase());

/* What names a section of a league after its word: "Division A", "Group II", "Division one", "Pool 3". */
const SECTION_LABEL = /^(?:\p{Lu}|[IVX]+|\d{1,2}|one|two|three|four|five|six)$/u;

/*
 * A run of a results line that the span finder took with the table's headings around it: "W D L
 * PCT GB Haitai", "Division A Hajduk", "Charlton Playing", "Bolton Division" (before "two"). In a
 * sports report the headings are cut off, so the club alone is judged; a name that is only
 * headings, or a section's own name ("American League", "Antitrust Division of"), stays as it is.
 */
export function withoutTableWords(span: Span): Span {
  if (span.known) return span;
  const words = span.tokens.map((token) => token.text);
  let first = 0;
  while (first < words.length - 1) {
    const word = words[first] ?? '';
    if (TABLE_HEADINGS.has(word.toLowerCase())) first += 1;
    else if (
      TABLE_SECTIONS.has(word.toLowerCase()) &&
      SECTION_LABEL.test(words[first + 1] ?? '') &&
      first + 2 < words.length
    )
      first += 2;
    else break;
  }
  let end = words.length;
  while (end > first + 1) {
    const word = (words[end - 1] ?? '').toLowerCase();
    const section =
      TABLE_SECTIONS.has(word) && SECTION_LABEL.test((end === words.length ? span.next[0] : words[end]) ?? '');
    if (TABLE_HEADINGS.has(word) || section) end -= 1;
    else break;
  }
  // One letter alone is more likely an initial ("D Smith") than a column: columns come in rows ("W D L").
  const lone = (cut: readonly string[]) => cut.length === 1 && /^\p{Lu}$/u.test(cut[0] ?? '');
  if (lone(words.slice(0, first))) first = 0;
  if (lone(words.slice(end))) end = words.length;
  if (first === 0 && end === words.length) return span;
  const { before, ...rest } = span;
  const cut = words.slice(end);
  return {
    ...rest,
    tokens: span.tokens.slice(first, end),
    role: first > 0 ? [] : span.role,
    // A heading cut off the front is capitalised: no lower-case word stands before the club.
    ...(first === 0 && before !== undefined ? { before } : {}),
    ...(cut.length > 0
      ? {
          after: cut[0]?.toLowerCase(),
          next: [...cut, ...span.next].slice(0, 4),
          ahead: [...cut, ...span.ahead].slice(0, 12),
        }
      : {}),
  };
}

/** The clubs a sports report's tables name, and the words of their rows' names and headings. */
export interface TableClubs {
  clubs: Candidate[];
  /* The words of the rows read here, which no span the finder made of them may name otherwise. */
  claimed: Set<Token>;
  /* The sentences holding rows, whose other runs in capitals are headings and schedules. */
  lines: Set<number>;
}

/** A span the finder made of a table's words, which the table's reading replaces. */
export const readByTable = (tables: TableClubs, candidate: Candidate): boolean =>
  candidate.tokens.some((token) => tables.claimed.has(token)) ||
  (candidate.tokens.length > 0 &&
    candidate.tokens.every((token) => tables.lines.has(token.sentence) && isCapitalsWord(token.text)));

/*
 * A standings table printed in capitals names a club before each row of figures; capitals name
 * nothing to the span finder in a line written in capitals, and in a mixed line it would run the
 * headings into the first club, so such rows are read here, whether each stands on its line or the
 * table runs on in one paragraph. A row is a run of words in capitals, then at least two numbers and
 * nothing but figures up to the next row or the end (a leader's "80 53.602 -" too); the club is what
 * follows the last heading or column word of the run ("EASTERN DIVISION W L PCT GB NEW YORK" is NEW
 * YORK). A person's name (a golfer's scores) and a country (a national side, a place in results)
 * are no club.
 */
export function standingsClubs(sentences: readonly Sentence[]): TableClubs {
  const found: TableClubs = { clubs: [], claimed: new Set(), lines: new Set() };
  for (const { tokens } of sentences) {
    let start = 0;
    while (start < tokens.length) {
      if (!isCapitalsWord(tokens[start]?.text ?? '')) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < tokens.length && isCapitalsWord(tokens[end]?.text ?? '')) end += 1;
      let after = end;
      while (after < tokens.length && STANDINGS_FIGURE.test(tokens[after]?.text ?? '')) after += 1;
      const numbers = tokens.slice(end, after).filter((token) => /^\d*\.?\d+$/.test(token.text)).length;
      const rowEnds = after === tokens.length || isCapitalsWord(tokens[after]?.text ?? '');
      // "Mladost ( BJ ) 4 0 1": a town's initials in brackets are no row of their own.
      if (numbers >= 2 && rowEnds && tokens[start - 1]?.text !== '(') {
        const club = clubOf(tokens.slice(start, end));
        if (club) found.clubs.push(club);
        for (const token of tokens.slice(start, end)) found.claimed.add(token);
        found.lines.add(tokens[start]?.sentence ?? -1);
      }
      start = after > end ? after : end;
    }
  }
  return found;
}

/* The club at the end of a row's words, after its headings; none where it is too long to be one name. */
function clubOf(run: readonly Token[]): Candidate | undefined {
  let first = run.length;
  while (first > 0 && !isHeading(run[first - 1]?.text ?? '')) first -= 1;
  const tokens = run.slice(first);
  const words = tokens.map((token) => token.text);
  if (words.length === 0 || words.length > 4) return undefined;
  const surface = words.join(' ');
  // A given name the lexicon knows opens a person's name ("PETER HOLLOWAY"); the longer lists hold towns ("Port").
  if (isCountry(surface) || (words.length > 1 && isFirstName(words[0] ?? ''))) return undefined;
  return {
    surface,
    kind: 'organisations',
    confidence: LIKELY,
    role: [],
    words,
    tokens,
    registered: false,
    cue: false,
    vote: 'organisations',
  };
}
