import { isCountry } from './lexicon.ts';
import { STRONG, type Candidate } from './candidate.ts';
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
