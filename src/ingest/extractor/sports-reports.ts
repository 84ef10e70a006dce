import { isCountry, isDemonym, isFirstName, isPlace } from './lexicon.ts';
import { LEGAL_FORMS, SPORTS_WORDS } from './word-lists.ts';
import { CLUB_AFTER, CLUB_BEFORE, PLACE_PREPOSITIONS } from './entity-cues.ts';
import { LIKELY, STRONG, type Candidate } from './candidate.ts';
import { acronymOf } from './short-forms.ts';
import type { Span } from './spans.ts';
import type { Sentence } from './tokens.ts';

/*
 * The cues of sports reports and results tables, which name clubs after their towns ("Leeds 2
 * Arsenal 1") and list players by lines of figures: read apart, since in other news a town is a place.
 */

/*
 * Sports reports name clubs after their towns; a text dense with sports words of at least two kinds
 * is one. One kind alone is a business story's ("basis points", "50 won", "a new division").
 */
export function isSportsReport(sentences: readonly Sentence[]): boolean {
  let words = 0;
  let sporting = 0;
  const kinds = new Set<string>();
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      words += 1;
      const word = token.text.toLowerCase();
      if (!SPORTS_WORDS.has(word)) continue;
      sporting += 1;
      kinds.add(word);
    }
  }
  return sporting >= 3 && kinds.size >= 2 && sporting / words > 0.01;
}

/*
 * A town names its club where the text plays it: before a score or a result ("Leeds 2", "Leeds beat"),
 * after an opponent's word ("v Leeds", "beat Leeds"), or owning players ("Leeds' striker"); a dateline
 * ("LEEDS 2026-08-30") and a venue ("in Leeds") stay places.
 */
export function playsAsClub(span: Span): boolean {
  const next = span.next[0] ?? '';
  if (/^\d{1,3}$/.test(next) || CLUB_AFTER.has(span.after ?? '') || CLUB_BEFORE.has(span.before ?? '')) return true;
  return (
    span.before === 'of' ||
    (!PLACE_PREPOSITIONS.has(span.before ?? '') && span.after !== undefined && !/^\d/.test(next) && next !== ',')
  );
}

/*
 * Followed by a score and then the other side, its scorers, more figures of a table or the end of
 * the line; not a batsman's runs ("b Khan 46", "(Khan 79;") nor a bowler's figures ("Khan 10 - 1").
 */
export function beforeScore(span: Span): boolean {
  const [score = '', then] = span.next;
  if (!/^\d{1,2}$/.test(score) || ['b', 'c', 'lbw', 'st', '('].includes(span.before ?? '')) return false;
  return then === undefined || [',', '.', '('].includes(then) || /^(?:\p{Lu}|\d+$)/u.test(then);
}

/*
 * "the Cardinals", "the Florida Marlins": in a sports report a plural after "the" or after a town
 * is a team's nickname, unless it is a nationality or a place ("the Americans", "the Netherlands").
 */
export function isTeamNickname(words: readonly string[], before: string | undefined): boolean {
  const last = words.at(-1) ?? '';
  if (!/\p{Ll}s$/u.test(last) || isDemonym(last) || isPlace(words.join(' '))) return false;
  return words.length === 1 ? before === 'the' : words.length <= 3 && isPlace(words.slice(0, -1).join(' '));
}

/*
 * What follows a person in a results table: a nationality in brackets ("Frank Holloway (Germany)",
 * "(GBR)") or the dismissal of a cricket scorecard ("Aamir Sohail c Healy b McGrath"). Capitals in
 * brackets that are the name's own initials abbreviate it, as prose does ("the European Monetary
 * System (EMS)"): no country's code.
 */
export function resultsLineCue(next: readonly string[], words: readonly string[]): boolean {
  if (next[0] === '(' && next[2] === ')') {
    const code = next[1] ?? '';
    return isPlace(code) || (/^\p{Lu}{3}$/u.test(code) && code !== acronymOf(words));
  }
  return ['c', 'b', 'lbw', 'st', 'run'].includes(next[0] ?? '') && next[1] !== undefined && next[1] !== '.';
}

/*
 * "Texas" and "the Rangers" of a report that names the Texas Rangers: in a sports report a club's
 * town or nickname standing alone is that club, where exactly one club the report names in full
 * begins or ends with it; with two (Manchester United and Manchester City) the town stays itself.
 * The short form takes the club's name, so it counts once and is no alias of the town's.
 */
export function foldIntoClubs(candidates: readonly Candidate[]): void {
  // Every name of two to four capitalised words holds its parts, whatever it was judged ("Bristol City" too).
  const names = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const { words } = candidate;
    if (words.length > 1 && words.length <= 4 && words.every((word) => /^\p{Lu}/u.test(word)))
      names.set(candidate.surface, candidate);
  }
  const holders = new Map<string, Set<string>>();
  for (const name of names.values()) {
    for (let cut = 1; cut < name.words.length; cut += 1) {
      for (const part of [name.words.slice(0, cut), name.words.slice(cut)]) {
        const short = part.join(' ');
        holders.set(short, (holders.get(short) ?? new Set()).add(name.surface));
      }
    }
  }
  for (const candidate of candidates) {
    const held = holders.get(candidate.surface);
    const club = held?.size === 1 ? names.get([...held][0] ?? '') : undefined;
    // A company keeps its short form as an alias ("Salomon Brothers" of "Salomon Brothers Inc."): no club.
    if (!club || club.kind !== 'organisations' || LEGAL_FORMS.has(club.words.at(-1)?.toLowerCase() ?? '')) continue;
    // An undecided word is the club only where the rest of the club's name is its town ("Rotor" of
    // "Rotor Volgograd"); before a nickname it may be the town itself ("in Kelso", "the Kelso Herons").
    const town = club.words.slice(candidate.words.length).join(' ');
    if (
      candidate.kind !== 'organisations' &&
      !(candidate.kind === undefined && club.surface.startsWith(`${candidate.surface} `) && isPlace(town))
    )
      continue;
    candidate.surface = club.surface;
    candidate.words = club.words;
    candidate.confidence = Math.max(candidate.confidence, club.confidence);
  }
}

/*
 * "Dynamo Moscow", "Rotor Volgograd", "Red Star Belgrade": in a sports report a name of two or three
 * words the rules left undecided, ending in a town and opening with no place or given name, is a
 * club named with its town after it, as clubs abroad are.
 */
export function readClubsNamedWithTowns(candidates: readonly Candidate[]): void {
  for (const candidate of candidates) {
    const { words } = candidate;
    if (candidate.kind !== undefined || candidate.registered || words.length < 2 || words.length > 3) continue;
    const town = words.at(-1) ?? '';
    const rest = words.slice(0, -1);
    if (!words.every((word) => /^\p{Lu}/u.test(word)) || !isPlace(town) || isCountry(town)) continue;
    if (rest.some((word) => isPlace(word) || isDemonym(word)) || isFirstName(rest[0] ?? '')) continue;
    candidate.kind = 'organisations';
    candidate.confidence = LIKELY;
    candidate.vote = 'organisations';
  }
}

/*
 * "said Washington" of a report on MaliVai Washington: a word the second reading took for a
 * player's surname somewhere is that player wherever the town it also names made it a club
 * ("before Washington came charging back"), since one report does not name a club and a player alike.
 */
export function keepPlayersSurnames(candidates: readonly Candidate[]): void {
  const surnames = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.kind === 'people' && candidate.words.length === 1) surnames.add(candidate.surface);
  }
  const players = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.kind === 'people' && candidate.words.length > 1 && surnames.has(candidate.words.at(-1) ?? ''))
      players.add(candidate.words.at(-1) ?? '');
  }
  for (const candidate of candidates) {
    if (candidate.kind !== 'organisations' || !players.has(candidate.surface)) continue;
    candidate.kind = 'people';
    candidate.confidence = STRONG;
    candidate.vote = 'people';
  }
}
