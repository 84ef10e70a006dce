import { isCommonWord, isCountry, isFirstName, isKnownOrganisation, isPlace } from './lexicon.ts';
import {
  BODY_PLURALS,
  COMPANY_SUFFIXES,
  GENERIC_PHRASES,
  isBodyWord,
  ORG_HEADS,
  PERSON_BEFORE,
  PLACE_AFTER,
  PLACE_HEADS,
  PLACE_OF,
  PLACE_WORDS,
  SHIP_BEFORE,
  SPEECH_VERBS,
  THING_WORDS,
} from './word-lists.ts';
import { MEMBERS_WORDS } from './entity-cues.ts';
import { LIKELY, STRONG, WEAK, type Candidate } from './candidate.ts';
import { hasGivenName, isAcronym, isAge, isGenericWord, isTableOrLegalWords, looksLikePerson } from './name-shapes.ts';
import { beforeScore, isTeamNickname, playsAsClub, resultsLineCue } from './sports-reports.ts';
import {
  bodyCue,
  companyBefore,
  companyCue,
  endsAsFirm,
  endsInTrade,
  namesFigure,
  namesFirmsInGeneral,
  namesIndex,
} from './body-cues.ts';
import { isByline } from './bylines.ts';
import { isArticleName, isFunctionWord, text } from './name-tokens.ts';
import type { Span } from './spans.ts';
import type { NameIndex } from '../registry/name-index.ts';
import type { RegisteredKind } from './name-kind.ts';

/**
 * The first judgement of one span. A registered name keeps its registry's kind, unless the text
 * reads it clearly as something else and the archive's evidence for that kind is not clear either:
 * a town one sports report filed as a club is a town again in the next story.
 */
export function judge(span: Span, known: NameIndex, sports: boolean): Candidate {
  let own = judgeText(span, sports);
  // "Merrill Lynch said": a pair of names without a title that opens a company's known name is that company.
  if (own.kind === 'people' && !own.cue && known.opensOrganisation(own.words)) {
    own = { ...own, kind: 'organisations', confidence: LIKELY };
  }
  const registered = isFunctionWord(own.surface) ? undefined : known.lookup(own.surface);
  own = { ...own, registered: registered !== undefined };
  const vote = own.kind === 'people' || own.kind === 'organisations' ? own.kind : undefined;
  if (!registered) return span.known ? { ...own, kind: undefined, confidence: 0, cue: false } : { ...own, vote };
  // "PIBOR futures": initials an earlier story guessed a body, which the archive's evidence does not
  // bear out, read here as a market's figure.
  if ((own.figure || own.vessel) && !registered.trusted()) return own;
  // "archbishop of Cincinnati": a body the archive only ever saw written in capitals (a row of a
  // results table, "CINCINNATI 7"), named in the prose of another kind of story with no cue of its
  // own, is most likely the town, not the club; an acronym is written in capitals in prose too.
  if (
    !sports &&
    own.kind === undefined &&
    registered.kind === 'organisations' &&
    onlyShouted(registered.name, own.surface)
  )
    return { ...own, confidence: 0 };
  // A given name alone ("Merrill Lynch") does not outweigh a registry that knows the company; a
  // title, an organisation's word or a place does.
  const clear = own.confidence >= STRONG && (own.cue || own.kind === 'places');
  if (own.kind !== undefined && own.kind !== registered.kind && clear && !registered.trusted()) {
    return { ...own, vote };
  }
  const cue = own.kind === registered.kind && own.cue;
  return { ...own, role: span.role, kind: registered.kind, confidence: 0.95, cue, vote };
}

/* Written in capitals where this text writes it otherwise ("CINCINNATI", "Cincinnati"). */
const onlyShouted = (name: string, surface: string) => !/\p{Ll}/u.test(name) && /\p{Ll}/u.test(surface);

/*
 * A name alone between angle brackets, written in more than capitals: a company's, not a ticker; nor
 * a lone common word, which is more likely a tag ("<Body>") than a company.
 */
const isBracketedName = (span: Span, surface: string) =>
  span.before === '<' &&
  span.after === '>' &&
  /\p{Ll}/u.test(surface) &&
  (span.tokens.length > 1 || !isCommonWord(surface));

/* Prepositions after which a name is where something is, not who. */
const WHERE = new Set(['in', 'at', 'near']);

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
    // "the Asian Games" names an event, "the Organisation of Islamic Conference" a body.
    (THING_WORDS.has(lower.at(-1) ?? '') && !(ORG_HEADS.has(lower[0] ?? '') && lower[1] === 'of')) ||
    MEMBERS_WORDS.has(lower.at(-1) ?? '') ||
    (BODY_PLURALS.has(lower.at(-1) ?? '') && !lower.includes('of')) ||
    namesFirmsInGeneral(words) ||
    isTableOrLegalWords(words) ||
    namesIndex(span)
  ) {
    return { ...base, kind: undefined, confidence: 0 };
  }
  // "Leader Water Board": a title before an organisation word names the body, not a person.
  // "League standings", "PROFIT": a body's word or a table heading standing alone names nothing.
  // "the Commission's executive": a role does not make a body's word alone a name either.
  if (words.length === 1 && isGenericWord(surface)) return { ...base, kind: undefined, confidence: 0 };
  // "ISSUER: Bay Co Building Authority", "CPN: 11/01/96": the label of a form's field names nothing.
  if (span.after === ':' && words.every((word) => !/\p{Ll}/u.test(word)))
    return { ...base, kind: undefined, confidence: 0 };
  // "Mona Eltahawy TRIPOLI 1996-08-30": a byline's reporter before the dateline's place; who wrote
  // the story is no evidence that a bare surname in another story is the reporter, so no cue.
  if (isByline(span.tokens, span.next)) return { ...base, kind: 'people', confidence: STRONG };
  // "PORT ALDER, Eastland 2026-08-30": a dateline names the place the story was filed from.
  if (span.next.some((word) => /^\d{4}-\d{2}-\d{2}$/.test(word)))
    return { ...base, kind: 'places', confidence: STRONG };
  // "<San Miguel Corp>": newswire writes a company's name in angle brackets, a name closed by the
  // bracket that is not a ticker's capitals ("<SRD>", "<BP.L>", which stay unread below).
  if (isBracketedName(span, surface)) return strong('organisations');
  if (span.role.length > 0) {
    if (!lower.some(isBodyWord)) return strong('people');
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
  // "Port Vale", "the Port Alder Authority": a body word that ends a name a place word opens makes it a body.
  const bodyLast = isBodyWord(lower.at(-1) ?? '');
  if (words.length > 1 && (PLACE_WORDS.has(lower.at(-1) ?? '') || (PLACE_HEADS.has(lower[0] ?? '') && !bodyLast))) {
    return { ...base, kind: 'places', confidence: LIKELY };
  }
  if (span.before === '<') return { ...base, kind: undefined, confidence: 0 };
  // "the Haj Omran area", "the Vallen region": a place noun after a name with no given name or body word
  // says what it is as clearly as a place word of its own, so the second reading files it so everywhere.
  // So do a place noun and "of" before it ("the western coastal town of Bou Haroun", "the port of Eilat").
  const placeNoun = PLACE_AFTER.has(span.after ?? '') || (span.before === 'of' && PLACE_OF.has(span.earlier ?? ''));
  if (placeNoun && !hasGivenName(words) && !lower.some(isBodyWord))
    return { ...base, kind: 'places', confidence: STRONG };
  // "the aircraft carrier Carl Vinson", "the tanker Sea Empress": a ship's name names no one, even in a
  // paper's or a body's words ("the car ferry Herald of Free Enterprise"), unless it ends as a firm's. An
  // airline is a carrier too ("the carrier Lufthansa"), so only an aircraft carrier is a ship by that word.
  const ship = SHIP_BEFORE.has(span.before ?? '') || (span.before === 'carrier' && span.earlier === 'aircraft');
  if (ship && !endsAsFirm(lower)) return { ...base, kind: undefined, confidence: 0, vessel: true };
  // "Pike County, Ky.", "Defiance County, Ohio": a county named by the state it lies in is where something is.
  // A body in the county stays one ("Peoples National Bank of Rockland County, N.Y.").
  const county = lower.length > 1 && lower.at(-1) === 'county' && !lower.slice(0, -1).some(isBodyWord);
  if (county && span.next[0] === ',' && isPlace(span.next[1] ?? ''))
    return { ...base, kind: 'places', confidence: STRONG };
  if (endsAsFirm(lower)) return strong('organisations');
  if (bodyCue(span, lower) && (!hasGivenName(words) || companyBefore(span))) return strong('organisations');
  if (companyCue(span)) return strong('organisations');
  if (
    lower.some(isBodyWord) ||
    (words.includes('&') && words.length > 2) ||
    (words.length > 1 && COMPANY_SUFFIXES.has(lower.at(-1) ?? ''))
  ) {
    return words.length > 1 ? strong('organisations') : { ...base, kind: 'organisations', confidence: LIKELY };
  }
  // "Bank of Vallen", "the Centre for Kessel Studies": a body's head word, then what it is of or for.
  if (words.length > 1 && ORG_HEADS.has(lower[0] ?? '') && (lower[1] === 'of' || lower[1] === 'for'))
    return strong('organisations');
  if (!sports && endsInTrade(words) && !hasGivenName(words))
    return { ...base, kind: 'organisations', confidence: LIKELY };
  if (isAcronym(surface) && namesFigure(span)) return { ...base, kind: undefined, confidence: 0, figure: true };
  if (isAcronym(surface)) return { ...base, kind: 'organisations', confidence: span.numeric > 0.3 ? LIKELY : WEAK };
  if (PERSON_BEFORE.has(span.before ?? '') || resultsLineCue(span.next, words))
    return { ...base, kind: 'people', confidence: STRONG };
  const named = hasGivenName(words);
  // "Northbridge Athletic 2 Port Alder 1": before a score in a sports report, a club.
  if (sports && !named && beforeScore(span)) return { ...base, kind: 'organisations', confidence: LIKELY };
  // Results tables list clubs ("Kent 250") and players ("4 - Piotr Zawada"): two name-like words are a
  // player. Outside sport a line of figures is a price or earnings table, whose words name nothing.
  if (sports && span.numeric > 0.3 && !named && !looksLikePerson(words))
    return { ...base, kind: 'organisations', confidence: WEAK };
  // "talks in Vallen Heath": an unknown pair where only a place stands is more likely a place; after
  // "of", "to" or "from" it is a person as often ("the government of Fulgencio Batista").
  if (looksLikePerson(words) && (named || !WHERE.has(span.before ?? ''))) {
    return { ...base, kind: 'people', confidence: named ? STRONG : LIKELY };
  }
  // An initial alone ("P." of "S and P.") is no one's name.
  if (
    words.length === 1 &&
    !/^\p{Lu}\.?$/u.test(surface) &&
    !isArticleName(surface) &&
    (SPEECH_VERBS.has(span.after ?? '') || span.before === 'said' || isAge(span.next) || isFirstName(surface))
  ) {
    return { ...base, kind: 'people', confidence: WEAK };
  }
  return { ...base, kind: undefined, confidence: 0 };
}
