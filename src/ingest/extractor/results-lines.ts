import { isCountry } from './lexicon.ts';
import { LIKELY, STRONG, type Candidate } from './candidate.ts';
import type { Sentence, Token } from './tokens.ts';

/*
 * The brackets of a sports report's results lines, which say what the name beside them is: a
 * competitor's country before the team ("Olaf Ludwig (Germany) Telekom 4 hours", "Alex Zanardi
 * (Italy), Reynard Honda, 53.980"), or the initial of a club's town ("Mladost (L) 2"), which tells
 * two clubs of one name apart. Read after each span is judged, since they need the tokens around it.
 */

/** A competitor's nationality in brackets: a country, or a three-letter code ("(GER)"). */
const isNationality = (word: string) => isCountry(word) || /^\p{Lu}{3}$/u.test(word);

/* The tokens before and after a candidate in its sentence. */
function around(candidate: Candidate, sentences: readonly Sentence[]): { before: Token[]; after: Token[] } {
  const first = candidate.tokens[0];
  const tokens = first ? (sentences[first.sentence]?.tokens ?? []) : [];
  const start = first ? tokens.indexOf(first) : -1;
  if (start < 0) return { before: [], after: [] };
  return { before: tokens.slice(0, start), after: tokens.slice(start + candidate.tokens.length) };
}

/*
 * "Olaf Ludwig (Germany) Telekom 4 hours 48 mins", "Alex Zanardi (Italy), Reynard Honda, 53.980": a
 * name after a competitor's name and country and before a time, a figure or a lower-case word ("same
 * time") is the team the competitor rode or drove for, whatever given name it opens with ("Lola"). A
 * name followed by a bracket of its own is the next competitor of a line-up ("Martin Johnson (England),
 * Scott Gibbs (Wales)"), not a team.
 */
export function readTeamsAfterNationality(candidates: readonly Candidate[], sentences: readonly Sentence[]): void {
  for (const candidate of candidates) {
    if (candidate.registered) continue;
    const { before, after } = around(candidate, sentences);
    const back = before.at(-1)?.text === ',' ? before.slice(0, -1) : before;
    const open = back.map((token) => token.text).lastIndexOf('(');
    const country = back
      .slice(open + 1, -1)
      .map((token) => token.text)
      .join(' ');
    const competitor = back[open - 1]?.text ?? '';
    if (open < 1 || back.at(-1)?.text !== ')' || !isNationality(country) || !/^\p{Lu}/u.test(competitor)) continue;
    const next = after[0]?.text === ',' ? after[1]?.text : after[0]?.text;
    if (next === undefined || !/^(?:\d|\p{Ll})/u.test(next)) continue;
    candidate.kind = 'organisations';
    candidate.confidence = STRONG;
    candidate.cue = true;
    candidate.vote = 'organisations';
  }
}

/*
 * "The team is as follows: Given, Breen, Staunton, Irwin, McAteer, Harte …": a list of four names or
 * more, each alone between commas, of which two at least are players the report names in full
 * ("Gary Breen", "Ian Harte"), is a line-up: every name of it is a player, not a club its figures
 * or a town's name would make it. A list of clubs ("Kent, Surrey, Essex and Yorkshire") names no
 * player in full and stays as it was.
 */
export function readLineUps(candidates: readonly Candidate[], sentences: readonly Sentence[]): void {
  const byFirst = new Map<Token, Candidate>();
  for (const candidate of candidates) if (candidate.tokens[0]) byFirst.set(candidate.tokens[0], candidate);
  for (const { tokens } of sentences) {
    let list: Candidate[] = [];
    const close = () => {
      if (list.length >= 4 && list.filter((item) => item.kind === 'people').length >= 2) {
        for (const item of list) {
          if (item.kind === 'people' || item.registered || item.kind === 'places') continue;
          item.kind = 'people';
          item.confidence = LIKELY;
          item.vote = 'people';
        }
      }
      list = [];
    };
    for (let index = 0; index < tokens.length;) {
      const item = tokens[index] ? byFirst.get(tokens[index] as Token) : undefined;
      const end = index + (item?.tokens.length ?? 0);
      const separator = tokens[end]?.text;
      if (item && (separator === undefined || separator === ',' || separator === 'and' || separator === '.')) {
        list.push(item);
        if (separator !== ',' && separator !== 'and') close();
        index = end + 1;
      } else {
        close();
        index += 1;
      }
    }
    close();
  }
}

/*
 * "Mladost (L) 2 Proleter (Z) 0": results tables tell two clubs of one name apart by their towns'
 * initials in brackets, which are part of the club's name as the table prints it; alone, the
 * initial is no organisation, nor the initials of one ("Z" of "Zeleznik (B)"): the candidates without them.
 */
export function readTownInitials(candidates: readonly Candidate[], sentences: readonly Sentence[]): Candidate[] {
  const initials = new Set<Token>();
  for (const candidate of candidates) {
    if (candidate.registered || candidate.kind === 'people' || candidate.kind === 'places') continue;
    const [open, initial, close] = around(candidate, sentences).after;
    if (open?.text !== '(' || close?.text !== ')' || !initial || !/^\p{Lu}{1,2}$/u.test(initial.text)) continue;
    candidate.surface = `${candidate.surface} (${initial.text})`;
    candidate.words = [...candidate.words, `(${initial.text})`];
    candidate.kind = 'organisations';
    candidate.confidence = Math.max(candidate.confidence, LIKELY);
    candidate.vote = 'organisations';
    initials.add(initial);
  }
  return candidates.filter(
    (candidate) => !(candidate.tokens.length === 1 && initials.has(candidate.tokens[0] as Token)),
  );
}
