import { LIKELY, STRONG, type Candidate } from './candidate.ts';
import { acronymOf, shortForms } from './short-forms.ts';
import { isPossessiveMark, type Sentence, type Token } from './tokens.ts';
import { text } from './name-tokens.ts';
import { SPEECH_VERBS } from './word-lists.ts';

/**
 * Reading the article again: a name judged somewhere is judged so everywhere, a lone word that is
 * the last word of exactly one person's full name is that person, and a capitalised word that is
 * the initials or a shorter name of an organisation named in full is that organisation.
 */
export function settle(candidates: Candidate[], sentences: readonly Sentence[], sports: boolean): void {
  withoutOwnersPossessive(candidates);
  // In a sports report a town that plays once ("Leeds 2") is the club wherever it is named.
  const wins = (candidate: Candidate, other: Candidate) =>
    candidate.confidence > other.confidence ||
    (sports && candidate.kind === 'organisations' && other.kind === 'places');
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.surface);
    if (candidate.kind && (!current || wins(candidate, current))) best.set(candidate.surface, candidate);
  }
  const apart = coordinatedSurnames(candidates, sentences);
  const surnames = new Map<string, Set<string>>();
  const initials = new Map<string, string>();
  // "Alan John Percivale (A.J.P.) Taylor": a person's initials in brackets after the name are that person's, no body.
  const personInitials = new Map<Token, string>();
  for (const candidate of candidates)
    if (candidate.kind === 'people' && candidate.words.length > 1)
      personInitials.set(candidate.tokens.at(-1) as Token, acronymOf(candidate.words));
  for (const candidate of best.values()) {
    if (candidate.kind === 'people' && candidate.words.length > 1) {
      const last = candidate.words.at(-1) ?? '';
      surnames.set(last, (surnames.get(last) ?? new Set()).add(candidate.surface));
    }
    if (candidate.kind === 'organisations' && candidate.words.length > 1) {
      initials.set(acronymOf(candidate.words), candidate.surface);
      // "Jones Medical" of "Jones Medical Industries Inc" (a headline's shorter name, read alone as a
      // person's): the company without its legal form, or without the organisation words before it too.
      const [short, ...shorter] = shortForms(candidate.words);
      if (short) initials.set(short, candidate.surface);
      for (const form of shorter) if (form.includes(' ') && !initials.has(form)) initials.set(form, candidate.surface);
    }
  }
  // "PIBOR futures" anywhere in the article: its bare initials elsewhere ("the PIBOR") are the figure's
  // too, unless a cue of the text's own, a registered name or a body's full name reads them as a body.
  const figures = new Set(candidates.filter((candidate) => candidate.figure).map((candidate) => candidate.surface));
  for (const candidate of candidates) if (speaks(candidate, sentences)) figures.delete(candidate.surface);
  // "the car ferry Herald of Free Enterprise": the ship is the ship wherever the article names it,
  // whatever its words ("Herald", "Enterprise") would make of it alone.
  const vessels = new Set(candidates.filter((candidate) => candidate.vessel).map((candidate) => candidate.surface));
  for (const candidate of candidates) {
    if (vessels.has(candidate.surface) && !candidate.registered) {
      candidate.kind = undefined;
      candidate.confidence = 0;
      continue;
    }
    if (figures.has(candidate.surface) && !candidate.cue && !candidate.registered && !initials.has(candidate.surface)) {
      candidate.kind = undefined;
      candidate.confidence = 0;
      continue;
    }
    if (isInitialsOf(candidate, sentences, personInitials)) {
      candidate.kind = undefined;
      candidate.confidence = 0;
      continue;
    }
    if (apart.has(candidate.surface) && candidate.words.length === 1) candidate.apart = true;
    if (
      candidate.words.length === 1 &&
      !candidate.apart &&
      surnames.get(candidate.surface)?.size === 1 &&
      candidate.kind !== 'places'
    ) {
      candidate.kind = 'people';
      candidate.confidence = Math.max(candidate.confidence, STRONG);
      continue;
    }
    if (initials.has(candidate.surface)) {
      candidate.kind = 'organisations';
      candidate.confidence = Math.max(candidate.confidence, LIKELY);
      continue;
    }
    const settled = best.get(candidate.surface);
    if (settled && wins(settled, candidate)) {
      candidate.kind = settled.kind;
      candidate.confidence = settled.confidence;
    }
  }
}

/*
 * "Carl Icahn's bid ... Yesterday, Icahn's Transworld Airlines Inc made an offer": a company opened
 * by the possessive of a person the article names in full is that person's, named after it.
 */
function withoutOwnersPossessive(candidates: Candidate[]): void {
  const surnames = new Set(
    candidates
      .filter((candidate) => candidate.kind === 'people' && candidate.words.length > 1)
      .map((candidate) => candidate.words.at(-1)),
  );
  for (const candidate of candidates) {
    const [owner = '', possessive = ''] = candidate.words;
    if (candidate.kind !== 'organisations' || candidate.words.length < 3 || !isPossessiveMark(possessive)) continue;
    if (!surnames.has(owner)) continue;
    candidate.tokens = candidate.tokens.slice(2);
    candidate.words = candidate.words.slice(2);
    candidate.surface = text(candidate.tokens);
  }
}

/*
 * "Reagan and Nancy Reagan", "Nancy Reagan and Reagan": a bare surname joined by "and" to a full name
 * ending in it is another person, so nowhere in the article is the bare surname the full name's.
 */
function coordinatedSurnames(candidates: readonly Candidate[], sentences: readonly Sentence[]): Set<string> {
  const apart = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.kind !== 'people' || candidate.words.length < 2) continue;
    const surname = candidate.words.at(-1) ?? '';
    const first = candidate.tokens[0];
    const last = candidate.tokens.at(-1);
    const tokens = first === undefined ? [] : (sentences[first.sentence]?.tokens ?? []);
    const start = first === undefined ? -1 : tokens.indexOf(first);
    const end = last === undefined ? -1 : tokens.indexOf(last);
    const before = start >= 2 && tokens[start - 1]?.text === 'and' && tokens[start - 2]?.text === surname;
    const after = end >= 0 && tokens[end + 1]?.text === 'and' && tokens[end + 2]?.text === surname;
    const bareAfter = after && !/^\p{Lu}/u.test(tokens[end + 3]?.text ?? '');
    if (before || bareAfter) apart.add(surname);
  }
  return apart;
}

/* Who speaks for a body, after its name ("an EOE spokesman"); its members and officers. */
const BODY_VOICES = new Set('spokesman spokeswoman official officials member members chairman president'.split(' '));

/* "The EOE said", "an EOE spokesman": a name that reports speech or has a voice of its own is someone's, no figure. */
function speaks(candidate: Candidate, sentences: readonly Sentence[]): boolean {
  const last = candidate.tokens.at(-1);
  if (!last) return false;
  const tokens = sentences[last.sentence]?.tokens ?? [];
  const after = tokens[tokens.indexOf(last) + 1]?.text.toLowerCase() ?? '';
  return SPEECH_VERBS.has(after) || BODY_VOICES.has(after);
}

/* Initials in capitals, with or without stops, in brackets just after a person's name that they abbreviate. */
function isInitialsOf(
  candidate: Candidate,
  sentences: readonly Sentence[],
  personInitials: ReadonlyMap<Token, string>,
): boolean {
  const first = candidate.tokens[0];
  if (!first || candidate.cue || candidate.registered || !/^(?:\p{Lu}\.?){2,}$/u.test(candidate.surface)) return false;
  const tokens = sentences[first.sentence]?.tokens ?? [];
  const at = tokens.indexOf(first);
  const owner = tokens[at - 2];
  return (
    tokens[at - 1]?.text === '(' &&
    owner !== undefined &&
    personInitials.get(owner) === candidate.surface.replaceAll('.', '')
  );
}
