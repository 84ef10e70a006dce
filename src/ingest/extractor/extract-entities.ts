import { nameKey } from '../registry/entity-table.ts';
import {
  COMPANY_SUFFIXES,
  GENERIC_PHRASES,
  isCommonWord,
  isCountry,
  isDemonym,
  isFirstName,
  isGivenName,
  mayBeGivenName,
  NEVER_NAMES,
  isKnownOrganisation,
  isPlace,
  LEGAL_FORMS,
  NAME_PARTICLES,
  NOT_ACRONYMS,
  ORG_HEADS,
  ORG_WORDS,
  PERSON_BEFORE,
  PLACE_HEADS,
  PLACE_WORDS,
  SPEECH_VERBS,
  SPORTS_WORDS,
  TABLE_WORDS,
  THING_WORDS,
} from './lexicon.ts';
import {
  CLUB_AFTER,
  CLUB_BEFORE,
  GENERIC_COMPANY_WORDS,
  MEMBERS_WORDS,
  PLACE_PREPOSITIONS,
  SINGLE_BODIES,
  STANDINGS_FIGURE,
} from './entity-cues.ts';
import { NameIndex } from '../registry/name-index.ts';
import { findSpans, text, type Span } from './spans.ts';
import { reviseWithTagger, type Tagger } from './tagger/combine.ts';
import { tokenise, type Sentence, type Token } from './tokens.ts';
import type { NameKind, RegisteredKind } from './name-kind.ts';

/** One entity found in an article. */
export interface Mention {
  /** Its fullest name in the text ("Rajnath Singh"), or its registry name when it was known. */
  name: string;
  /** Every form the text used for it, in order ("Rajnath Singh", "Singh"). */
  surfaces: string[];
  /** Roles the text gave it, in order ("Defence Minister"). */
  roles: string[];
  /** How sure the extractor is, 0–1: a title, a given name or an organisation word make it sure. */
  confidence: number;
  /** The text itself gave a strong cue for this kind (a title or role, an organisation's own word), not only the registry. */
  cue?: boolean;
  /** The text's own reading, not only the registry, took it for this kind: one vote on what it is. */
  vote?: boolean;
}

/** The people, organisations and places of one article. */
export interface Extraction {
  people: Mention[];
  organisations: Mention[];
  places: Mention[];
}

/**
 * What the extractor is told besides the text: what `namesForExtractor` makes of the registries,
 * the one way ingest, the tests and the evaluation tell it, so all three take the same path.
 */
export interface ExtractOptions {
  /** Every name and alias the registries hold, indexed; without one the text is read with no registry. */
  index?: NameIndex;
  /** Names an editor rejected: never returned. */
  rejected?: readonly string[];
}

/** One span as the rules judged it; the tagger may revise the kind of the unregistered ones. */
export interface Candidate {
  surface: string;
  kind: NameKind | undefined;
  confidence: number;
  role: string[];
  words: string[];
  /** The tokens it was read from. */
  tokens: readonly Token[];
  /** Named as the registry knows it: the tagger leaves it alone. */
  registered: boolean;
  /* A strong cue of the text's own: a title or role, an organisation's own word or legal form. */
  cue: boolean;
  /* The kind the text's own reading gave, whatever the registry says. */
  vote?: RegisteredKind;
}

/**
 * Finds the people, organisations and places an article names. Capitalised runs are cut into names
 * (titles and roles taken off: "Defence Minister Rajnath Singh" is Rajnath Singh, with his role),
 * each judged by its cues — registry names, given names, titles, organisation words, places — and
 * then the whole text is read again: a name judged once is the same thing everywhere, a bare
 * surname joins the one person who has it ("Singh"), an acronym joins the organisation it abbreviates.
 */
export function extractEntities(articleText: string, options: ExtractOptions = {}, tagger?: Tagger): Extraction {
  const sentences = tokenise(articleText);
  const known = knownIndex(options);
  const candidates = ruleCandidates(sentences, options);
  // The statistical tagger reads the rules' decisions with the text and may revise them.
  if (tagger) reviseWithTagger(sentences, candidates, tagger);
  const extraction = group(candidates, known);
  addShoutedForms(extraction, sentences);
  return extraction;
}

/** The extractor with a trained tagger, or the rules alone without one. */
export function extractorWith(tagger: Tagger | undefined): (text: string, options: ExtractOptions) => Extraction {
  return (text, options) => extractEntities(text, options, tagger);
}

/** Every span the rules judged, after the second reading of the article; also what the tagger learns the rules' decisions from. */
export function ruleCandidates(sentences: readonly Sentence[], options: ExtractOptions = {}): Candidate[] {
  const known = knownIndex(options);
  const rejected = new Set((options.rejected ?? []).map(nameKey));
  const sports = isSportsReport(sentences);
  const candidates = findSpans(sentences, (tokens, index) => known.lengthAt(tokens, index))
    .map((span) => judge(span, known, sports))
    .filter((candidate) => candidate.surface !== '' && !rejected.has(nameKey(candidate.surface)));
  if (sports) candidates.push(...standingsClubs(sentences).filter((club) => !rejected.has(nameKey(club.surface))));
  settle(candidates, sports);
  return candidates;
}

/* No registry: an index that stays empty, since only `namesForExtractor` adds to the ones it makes. */
const NO_NAMES = new NameIndex();

const knownIndex = (options: ExtractOptions): NameIndex => options.index ?? NO_NAMES;

/* Sports reports name clubs after their towns; a text dense with sports words is one. */
function isSportsReport(sentences: readonly Sentence[]): boolean {
  let words = 0;
  let sporting = 0;
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      words += 1;
      if (SPORTS_WORDS.has(token.text.toLowerCase())) sporting += 1;
    }
  }
  return sporting >= 3 && sporting / words > 0.01;
}

const STRONG = 0.9;
const LIKELY = 0.7;
const WEAK = 0.55;

/*
 * The first judgement of one span. A registered name keeps its registry's kind, unless the text
 * reads it clearly as something else and the archive's evidence for that kind is not clear either:
 * a town one sports report filed as a club is a town again in the next story.
 */
function judge(span: Span, known: NameIndex, sports: boolean): Candidate {
  let own = judgeText(span, sports);
  // "Merrill Lynch said": a pair of names without a title that opens a company's known name is that company.
  if (own.kind === 'people' && !own.cue && known.opensOrganisation(own.words)) {
    own = { ...own, kind: 'organisations', confidence: LIKELY };
  }
  const registered = known.lookup(own.surface);
  own = { ...own, registered: registered !== undefined };
  const vote = own.kind === 'people' || own.kind === 'organisations' ? own.kind : undefined;
  if (!registered) return span.known ? { ...own, kind: undefined, confidence: 0, cue: false } : { ...own, vote };
  // A given name alone ("Merrill Lynch") does not outweigh a registry that knows the company; a
  // title, an organisation's word or a place does.
  const clear = own.confidence >= STRONG && (own.cue || own.kind === 'places');
  if (own.kind !== undefined && own.kind !== registered.kind && clear && !registered.trusted()) {
    return { ...own, vote };
  }
  const cue = own.kind === registered.kind && own.cue;
  return { ...own, role: span.role, kind: registered.kind, confidence: 0.95, cue, vote };
}

/* What the span's own words and the words around it say, whatever the registry holds. */
function judgeText(span: Span, sports: boolean): Candidate {
  const surface = text(span.tokens);
  const words = span.tokens.map((token) => token.text);
  const lower = words.map((word) => word.toLowerCase());
  const found = { surface, role: span.role, words, tokens: span.tokens, registered: false, cue: false };
  const base = found;
  const strong = (kind: RegisteredKind, role = span.role) => ({
    ...found,
    role,
    kind,
    confidence: STRONG,
    cue: true,
  });
  if (
    GENERIC_PHRASES.has(lower.join('-')) ||
    THING_WORDS.has(lower.at(-1) ?? '') ||
    MEMBERS_WORDS.has(lower.at(-1) ?? '') ||
    isTableOrLegalWords(words)
  ) {
    return { ...base, kind: undefined, confidence: 0 };
  }
  // "Leader Water Board": a title before an organisation word names the body, not a person.
  // "League standings", "PROFIT": a body's word or a table heading standing alone names nothing.
  // "the Commission's executive": a role does not make a body's word alone a name either.
  if (words.length === 1 && isGenericWord(surface)) return { ...base, kind: undefined, confidence: 0 };
  // "PORT ALDER, Eastland 2026-08-30": a dateline names the place the story was filed from.
  if (span.next.some((word) => /^\d{4}-\d{2}-\d{2}$/.test(word)))
    return { ...base, kind: 'places', confidence: STRONG };
  if (span.role.length > 0) {
    if (!lower.some((word) => ORG_WORDS.has(word))) return strong('people');
    return strong('organisations', []);
  }
  if (isKnownOrganisation(surface)) return strong('organisations');
  if (sports && isTeamNickname(words, span.before)) return { ...base, kind: 'organisations', confidence: LIKELY };
  if (isPlace(surface)) {
    if (sports && !isCountry(surface) && playsAsClub(span)) {
      return { ...base, kind: 'organisations', confidence: LIKELY };
    }
    return { ...base, kind: 'places', confidence: STRONG };
  }
  if (words.length > 1 && (PLACE_WORDS.has(lower.at(-1) ?? '') || PLACE_HEADS.has(lower[0] ?? ''))) {
    return { ...base, kind: 'places', confidence: LIKELY };
  }
  if (span.before === '<') return { ...base, kind: undefined, confidence: 0 };
  if (
    lower.some((word) => ORG_WORDS.has(word)) ||
    (words.includes('&') && words.length > 2) ||
    (words.length > 1 && COMPANY_SUFFIXES.has(lower.at(-1) ?? ''))
  ) {
    return words.length > 1 ? strong('organisations') : { ...base, kind: 'organisations', confidence: LIKELY };
  }
  if (words.length > 1 && ORG_HEADS.has(lower[0] ?? '') && lower[1] === 'of') return strong('organisations');
  if (isAcronym(surface)) return { ...base, kind: 'organisations', confidence: span.numeric > 0.3 ? LIKELY : WEAK };
  if (PERSON_BEFORE.has(span.before ?? '') || resultsLineCue(span.next))
    return { ...base, kind: 'people', confidence: STRONG };
  const named = hasGivenName(words);
  // "Northbridge Athletic 2 Port Alder 1": before a score in a sports report, a club.
  if (sports && !named && beforeScore(span)) return { ...base, kind: 'organisations', confidence: LIKELY };
  // Results tables list clubs ("Kent 250") and players ("4 - Piotr Zawada"): two name-like words are a
  // player. Outside sport a line of figures is a price or earnings table, whose words name nothing.
  if (sports && span.numeric > 0.3 && !named && !looksLikePerson(words))
    return { ...base, kind: 'organisations', confidence: WEAK };
  // "the council of Port Alder": an unknown pair after a preposition of place is more likely a place.
  if (looksLikePerson(words) && (named || !PLACE_PREPOSITIONS.has(span.before ?? ''))) {
    return { ...base, kind: 'people', confidence: named ? STRONG : LIKELY };
  }
  // An initial alone ("P." of "S and P.") is no one's name.
  if (
    words.length === 1 &&
    !/^\p{Lu}\.?$/u.test(surface) &&
    (SPEECH_VERBS.has(span.after ?? '') || span.before === 'said' || isAge(span.next) || isFirstName(surface))
  ) {
    return { ...base, kind: 'people', confidence: WEAK };
  }
  return { ...base, kind: undefined, confidence: 0 };
}

/*
 * Words of a flattened table or a legal form standing alone: "Oper Shr", "Avg Shrs", "Revs",
 * "Corp", "Co Ltd", and company names cut down to a generic word ("International Inc").
 */
function isTableOrLegalWords(words: readonly string[]): boolean {
  const lower = words.map((word) => word.toLowerCase().replace(/\.$/, ''));
  if (
    lower.some((word) => TABLE_WORDS.has(word)) &&
    words.every((word, at) => TABLE_WORDS.has(lower[at] ?? '') || isCommonWord(word))
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

/*
 * A town names its club where the text plays it: before a score or a result ("Leeds 2", "Leeds beat"),
 * after an opponent's word ("v Leeds", "beat Leeds"), or owning players ("Leeds' striker"); a dateline
 * ("LEEDS 2026-08-30") and a venue ("in Leeds") stay places.
 */
function playsAsClub(span: Span): boolean {
  const next = span.next[0] ?? '';
  if (/^\d{1,3}$/.test(next) || CLUB_AFTER.has(span.after ?? '') || CLUB_BEFORE.has(span.before ?? '')) return true;
  return (
    span.before === 'of' ||
    (!PLACE_PREPOSITIONS.has(span.before ?? '') && span.after !== undefined && !/^\d/.test(next) && next !== ',')
  );
}

/*
 * A standings table printed in capitals names a club on each line before its figures
 * ("NORTH CITY 74 59 .556 -"); the capitals hide it from the span finder, so such lines are read here.
 */
function standingsClubs(sentences: readonly Sentence[]): Candidate[] {
  const clubs: Candidate[] = [];
  for (const sentence of sentences) {
    if (!sentence.shouting) continue;
    const words = sentence.tokens.map((token) => token.text);
    const name = words.findIndex((word) => !/^\p{Lu}[\p{Lu}.'&-]*$/u.test(word));
    if (name < 1 || name > 4) continue;
    const figures = words.slice(name);
    if (
      figures.filter((word) => /^\d+$/.test(word)).length < 2 ||
      !figures.every((word) => STANDINGS_FIGURE.test(word))
    )
      continue;
    const nameWords = words.slice(0, name);
    const surface = nameWords.join(' ');
    const tokens = sentence.tokens.slice(0, name);
    clubs.push({
      surface,
      kind: 'organisations',
      confidence: LIKELY,
      role: [],
      words: nameWords,
      tokens,
      registered: false,
      cue: false,
      vote: 'organisations',
    });
  }
  return clubs;
}

/* A word of ordinary English however it is written ("League", "PROFIT"), save the bodies named by one ("Treasury"). */
function isGenericWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (SINGLE_BODIES.has(lower)) return false;
  if (ORG_WORDS.has(lower)) return true;
  return /^\p{Lu}{2,}$/u.test(word) && isCommonWord(lower);
}

/*
 * Followed by a score and then the other side, its scorers, more figures of a table or the end of
 * the line; not a batsman's runs ("b Khan 46", "(Khan 79;") nor a bowler's figures ("Khan 10 - 1").
 */
function beforeScore(span: Span): boolean {
  const [score = '', then] = span.next;
  if (!/^\d{1,2}$/.test(score) || ['b', 'c', 'lbw', 'st', '('].includes(span.before ?? '')) return false;
  return then === undefined || [',', '.', '('].includes(then) || /^(?:\p{Lu}|\d+$)/u.test(then);
}

/*
 * "the Cardinals", "the Florida Marlins": in a sports report a plural after "the" or after a town
 * is a team's nickname, unless it is a nationality or a place ("the Americans", "the Netherlands").
 */
function isTeamNickname(words: readonly string[], before: string | undefined): boolean {
  const last = words.at(-1) ?? '';
  if (!/\p{Ll}s$/u.test(last) || isDemonym(last) || isPlace(words.join(' '))) return false;
  return words.length === 1 ? before === 'the' : words.length <= 3 && isPlace(words.slice(0, -1).join(' '));
}

/* Starts with a given name or an initial ("Andrei Belousov", "M. Butcher"), not an abbreviated place ("S. Korea"). */
const hasGivenName = (words: readonly string[]) =>
  words.length > 1 &&
  (isGivenName(words[0] ?? '') || /^\p{Lu}\.$/u.test(words[0] ?? '')) &&
  !isPlace(words[1] ?? '') &&
  !isDemonym(words[1] ?? '');

/*
 * What follows a person in a results table: a nationality in brackets ("Frank Holloway (Germany)")
 * or the dismissal of a cricket scorecard ("Aamir Sohail c Healy b McGrath").
 */
function resultsLineCue(next: readonly string[]): boolean {
  if (next[0] === '(' && next[2] === ')') return isPlace(next[1] ?? '') || /^\p{Lu}{3}$/u.test(next[1] ?? '');
  return ['c', 'b', 'lbw', 'st', 'run'].includes(next[0] ?? '') && next[1] !== undefined && next[1] !== '.';
}

/*
 * Two to four words that can be a person's name: after a given name any capitalised words will do
 * ("Peter Such"); otherwise each word must be no common word and no place ("Nasser Hussain").
 */
function looksLikePerson(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const lower = words.map((word) => word.toLowerCase());
  if (lower.some((word) => ORG_WORDS.has(word) || PLACE_WORDS.has(word))) return false;
  if (hasGivenName(words)) return true;
  // "Dean Headley", "Les Ferdinand": a given name that is also a word, before a surname that is none.
  if (mayBeGivenName(words[0] ?? '') && words.slice(1).every(isPlainSurname)) return true;
  return words.every(
    (word) =>
      NAME_PARTICLES.has(word.toLowerCase()) ||
      (/^\p{Lu}[\p{Ll}'’-]/u.test(word) && !isCommonWord(word) && !isPlace(word)),
  );
}

const isPlainSurname = (word: string) =>
  /^\p{Lu}\p{Ll}/u.test(word) && !isCommonWord(word) && !isPlace(word) && !NEVER_NAMES.has(word.toLowerCase());

/* Two capitals at least: "P." of "S and P." is an initial, not an acronym. */
const isAcronym = (word: string) =>
  /^\p{Lu}[\p{Lu}&.]{1,6}$/u.test(word) &&
  word.replace(/[&.]/g, '').length >= 2 &&
  !/^[IVX]+$/.test(word) &&
  !NOT_ACRONYMS.has(word.toLowerCase()) &&
  !isPlace(word.replace(/\./g, ''));

const isAge = (next: readonly string[]) => next[0] === ',' && /^\d{2}$/.test(next[1] ?? '') && next[2] === ',';

/*
 * Reading the article again: a name judged somewhere is judged so everywhere, a lone word that is
 * the last word of exactly one person's full name is that person, and a capitalised word that is
 * the initials of an organisation named in full is that organisation.
 */
function settle(candidates: Candidate[], sports: boolean): void {
  // In a sports report a town that plays once ("Leeds 2") is the club wherever it is named.
  const wins = (candidate: Candidate, other: Candidate) =>
    candidate.confidence > other.confidence ||
    (sports && candidate.kind === 'organisations' && other.kind === 'places');
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.surface);
    if (candidate.kind && (!current || wins(candidate, current))) best.set(candidate.surface, candidate);
  }
  const surnames = new Map<string, Set<string>>();
  const initials = new Map<string, string>();
  for (const candidate of best.values()) {
    if (candidate.kind === 'people' && candidate.words.length > 1) {
      const last = candidate.words.at(-1) ?? '';
      surnames.set(last, (surnames.get(last) ?? new Set()).add(candidate.surface));
    }
    if (candidate.kind === 'organisations' && candidate.words.length > 1) {
      initials.set(acronymOf(candidate.words), candidate.surface);
      const short = shortForm(candidate.words);
      if (short) initials.set(short, candidate.surface);
    }
  }
  for (const candidate of candidates) {
    if (candidate.words.length === 1 && surnames.get(candidate.surface)?.size === 1 && candidate.kind !== 'places') {
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

/** A company's name without its legal form ("Lear" for "Lear Corp."), by which texts may name it again. */
export const withoutLegalForm = (name: string): string | undefined => shortForm(name.split(' '));

/* A company's name without its legal form ("Lear" for "Lear Corp."), by which the text may name it again. */
function shortForm(words: readonly string[]): string | undefined {
  let end = words.length;
  while (
    end > 1 &&
    (LEGAL_FORMS.has((words[end - 1] ?? '').toLowerCase()) || ['and', '&'].includes(words[end - 1] ?? ''))
  )
    end -= 1;
  const short = words.slice(0, end).join(' ');
  return end < words.length && !isCommonWord(short) && !isPlace(short) ? short : undefined;
}

function acronymOf(words: readonly string[]): string {
  return words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/* Candidates become mentions: one person per full name with their surname folded in, one organisation per name. */
function group(candidates: readonly Candidate[], known: NameIndex): Extraction {
  const mentions = new Map<string, Mention & { kind: NameKind }>();
  const fullNames = new Map<string, string[]>();
  const companies = new Map<string, string[]>();
  for (const candidate of candidates) {
    if (candidate.kind === 'people' && candidate.words.length > 1) {
      const last = candidate.words.at(-1) ?? '';
      const names = fullNames.get(last) ?? [];
      if (!names.includes(candidate.surface)) fullNames.set(last, [...names, candidate.surface]);
    }
    const short = candidate.kind === 'organisations' ? shortForm(candidate.words) : undefined;
    if (short) {
      const names = companies.get(short) ?? [];
      if (!names.includes(candidate.surface)) companies.set(short, [...names, candidate.surface]);
    }
  }
  for (const candidate of candidates) {
    if (!candidate.kind) continue;
    let key = `${candidate.kind}:${nameKey(candidate.surface)}`;
    const holders =
      candidate.kind === 'people' && candidate.words.length === 1
        ? fullNames.get(candidate.surface)
        : candidate.kind === 'organisations'
          ? companies.get(candidate.surface)
          : undefined;
    if (holders?.length === 1) key = `${candidate.kind}:${nameKey(holders[0] ?? '')}`;
    let registered = known.lookup(candidate.surface);
    // A bare surname stays bare: the resolver weighs the evidence for each person who has it.
    if (
      registered?.kind === 'people' &&
      candidate.words.length === 1 &&
      nameKey(registered.name) !== nameKey(candidate.surface)
    )
      registered = undefined;
    if (registered) key = `${registered.kind}:${nameKey(registered.name)}`;
    const mention = mentions.get(key) ?? {
      kind: candidate.kind,
      name: registered?.name ?? (holders?.length === 1 ? holders[0] : undefined) ?? candidate.surface,
      surfaces: [],
      roles: [],
      confidence: 0,
      cue: false,
      vote: false,
    };
    if (!mention.surfaces.includes(candidate.surface)) mention.surfaces.push(candidate.surface);
    const role = candidate.role.join(' ');
    if (role !== '' && !mention.roles.includes(role)) mention.roles.push(role);
    mention.confidence = Math.max(mention.confidence, candidate.confidence);
    if (candidate.cue && candidate.kind === mention.kind) mention.cue = true;
    if (candidate.vote === mention.kind) mention.vote = true;
    mentions.set(key, mention);
  }
  const extraction: Extraction = { people: [], organisations: [], places: [] };
  for (const { kind, ...mention } of mentions.values()) {
    if (kind === 'places' && !isCountry(mention.name) && mention.confidence < STRONG) continue;
    extraction[kind].push(mention);
  }
  return extraction;
}

/* A name also counts where a headline or dateline wrote it in capitals ("LEICESTERSHIRE"). */
function addShoutedForms(extraction: Extraction, sentences: readonly Sentence[]): void {
  const byUpper = new Map<string, Mention>();
  // First words of the names, so only phrases that can match are built.
  const firstWords = new Set<string>();
  for (const kind of ['people', 'organisations'] as const) {
    for (const mention of extraction[kind]) {
      for (const surface of mention.surfaces) {
        const upper = surface.toUpperCase();
        byUpper.set(upper, mention);
        firstWords.add(upper.split(' ')[0] ?? '');
      }
    }
  }
  for (const sentence of sentences) {
    if (!sentence.shouting) continue;
    const words = sentence.tokens.map((token) => token.text);
    for (let start = 0; start < words.length; start += 1) {
      if (!firstWords.has(words[start] ?? '')) continue;
      for (let end = Math.min(words.length, start + 6); end > start; end -= 1) {
        const phrase = words.slice(start, end).join(' ');
        const mention = byUpper.get(phrase);
        if (mention && !mention.surfaces.includes(phrase)) mention.surfaces.push(phrase);
        if (mention) break;
      }
    }
  }
}
