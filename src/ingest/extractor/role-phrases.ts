import {
  isCommonWord,
  isDemonym,
  isGivenName,
  mayBeGivenName,
  isNameableWord,
  isPlace,
  isPlainNoun,
} from './lexicon.ts';
import {
  LEGAL_FORMS,
  LONE_BODIES,
  NAME_PARTICLES,
  OFFICE_WORDS,
  ORG_HEADS,
  ORG_WORDS,
  TITLE_WORDS,
} from './word-lists.ts';
import { isArticleName, neverName, text } from './name-tokens.ts';
import type { Token } from './tokens.ts';
import { isNationality } from '../registry/countries.ts';

/** A name cut out of a run, with the title and office words written before it. */
export interface Part {
  tokens: Token[];
  /** The role phrase's words ("Defence Minister"), the demonyms and possessives left out. */
  role: string[];
  /** How many tokens the role phrase took before the name, so the word before it can be found. */
  roleLength: number;
  /** Found as a name the registry knows. */
  known?: boolean;
}

/** Titles that close a role phrase: the word a name may follow ("Minister", "Dr", "Coach"). */
const HEAD_TITLES = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. sir major-general lieutenant-general lieutenant-colonel brigadier-general vice-admiral democrat republican fullback flyhalf fly-half winger striker midfielder defender goalkeeper keeper batsman bowler jockey quarterback pitcher outfielder dame lord lady president minister secretary chancellor premier king queen prince princess pope sheikh emir sultan general gen. colonel col. lieutenant lt. major maj. captain capt. admiral adm. commander sergeant sgt. marshal brigadier governor gov. senator sen. representative rep. congressman congresswoman judge justice ambassador envoy consul chairman chairwoman chair ceo director spokesman spokeswoman mayor speaker leader professor prof prof. reverend rev. father bishop archbishop cardinal rabbi imam ayatollah coach manager counterpart executive officer exchequer excellency highness majesty president-elect vice-president vice-chairman'.split(
    ' ',
  ),
);

/**
 * Cuts a run into the names in it: a sentence's first common word goes ("The", "Speaking"), and a
 * role phrase ending in a title ("Russian Defence Minister") is taken off the name after it and
 * kept as that name's role, while what stood before the role is a name of its own ("Bank of Japan
 * Governor Yasushi Mieno").
 */
/* Connector words that join a name's parts but never end a name. */
const TRAILING_CONNECTORS = new Set(['of', 'for', 'on', 'and', '&', 'the']);

export function splitSpan(run: Token[]): Part[] {
  let tokens = run;
  // "Shares of the Harbour Board": the common word goes, and so do the connectors it left in front.
  const opens = (token?: Token) => token?.capitalised === true || isArticleName(token?.text ?? '');
  while (tokens.length > 0 && (startsWithCommonWord(tokens) || !opens(tokens[0]))) tokens = tokens.slice(1);
  // "the Antitrust Division of the Justice Department": what a title cuts off leaves no connector at the end.
  while (tokens.length > 0 && TRAILING_CONNECTORS.has(tokens.at(-1)?.text.toLowerCase() ?? ''))
    tokens = tokens.slice(0, -1);
  // "Senate Majority leader Robert Byrd": the side of a chamber a leader speaks for is his office's, no body's name.
  while (tokens.length > 1 && /^(?:majority|minority)$/i.test(tokens.at(-1)?.text ?? '')) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return [];
  // "American Dennis Mitchell": a nationality before a person's name is no part of it.
  if (isDemonym(tokens[0]?.text ?? '') && looksLikeGivenAndSurname(tokens.slice(1))) tokens = tokens.slice(1);
  // "Senate Republican Leader Robert Dole of Kansas": the place a titled person comes from is no part of the name.
  const from = fromPlace(tokens);
  if (from !== -1) return splitSpan(tokens.slice(0, from));
  const head = lastHeadTitle(tokens);
  // "Former Treasury official Ann Koss", "Former Harbour Bank chairman": where no title follows in
  // the name, a word of time for the office after it opens no body's name (a company's may hold one).
  if (
    head === -1 &&
    tokens.length > 1 &&
    OF_A_FORMER_TIME.has(tokens[0]?.text.toLowerCase() ?? '') &&
    !LEGAL_FORMS.has(tokens.at(-1)?.text.toLowerCase() ?? '')
  )
    return splitSpan(tokens.slice(1));
  // "the Department of Justice", "the European Court of Justice": a title after a body's word and
  // "of", with no holder after it, is what the body is of.
  if (
    head === tokens.length - 1 &&
    tokens[head - 1]?.text === 'of' &&
    ORG_WORDS.has(tokens[head - 2]?.text.toLowerCase() ?? '')
  )
    return [{ tokens, role: [], roleLength: 0 }];
  // "General Motors Corp", "General Electric Co": a title word leading a company's name is part of it.
  const lastWord = tokens.at(-1)?.text.toLowerCase() ?? '';
  if (head === -1 || (head === 0 && LEGAL_FORMS.has(lastWord))) return trimTitles(tokens);
  let roleStart = head;
  while (roleStart > 0 && isRoleWord(tokens[roleStart - 1])) roleStart -= 1;
  // "the Irish Republican Army", "U.S. carmaker General Motors": what follows a title word that is
  // also a plain word is no holder of it where it ends in a body's word; the title opens the body's
  // name. "Leader Water Board" is the Water Board still: a leader is a person's title only.
  if (ORG_WORDS.has(lastWord) && OPENS_BODIES.has(tokens[head]?.text.toLowerCase() ?? '')) {
    // A company's legal form makes the run one company ("Continental General Insurance Co").
    let start = LEGAL_FORMS.has(lastWord) ? 0 : roleStart;
    while (start > 0 && isNationality(tokens[start - 1]?.text ?? '')) start -= 1;
    const before = start > 0 ? splitSpan(tokens.slice(0, start)) : [];
    return [...before, ...trimTitles(tokens.slice(start))];
  }
  const roleTokens = tokens
    .slice(roleStart, head + 1)
    .filter((token) => !isDemonym(token.text) && !isPossessive(token));
  const person = tokens.slice(head + 1);
  const parts: Part[] = roleStart > 0 ? splitSpan(tokens.slice(0, roleStart)) : [];
  if (person.length > 0)
    parts.push({ tokens: person, role: roleTokens.map((token) => token.text), roleLength: head + 1 - roleStart });
  return parts;
}

const isThe = (token?: Token) => token?.text === 'the';

/* Words that date an office ("former", "outgoing"), never the first word of a body's name. */
const OF_A_FORMER_TIME = new Set(['former', 'ex-', 'outgoing', 'retired']);

/* Titles that are also plain words opening bodies' names ("General Motors", "Executive Commission", "Justice Department"). */
const OPENS_BODIES = new Set('general premier executive republican democrat justice major'.split(' '));

/* Where "of" starts a place after a title and the name of its holder, or -1. */
function fromPlace(tokens: readonly Token[]): number {
  const of = tokens.findLastIndex((token) => token.text === 'of');
  if (of < 2 || !isPlace(text(tokens.slice(of + 1)))) return -1;
  const head = lastHeadTitle(tokens.slice(0, of));
  return head !== -1 && head < of - 1 ? of : -1;
}
const looksLikeGivenAndSurname = (tokens: readonly Token[]) =>
  tokens.length >= 2 &&
  tokens.length <= 3 &&
  isGivenName(tokens[0]?.text ?? '') &&
  tokens.every((token) => token.capitalised && !ORG_WORDS.has(token.text.toLowerCase()));

/* "Under-Secretary", "Deputy-Governor": a rank joined by a hyphen to a title is that title. */
export const isHeadTitle = (word: string) => {
  const lower = word.toLowerCase();
  const ranked = /^(?:under|vice|deputy|assistant|acting|co)-(.+)$/.exec(lower);
  return HEAD_TITLES.has(lower) || (ranked !== null && HEAD_TITLES.has(ranked[1] ?? ''));
};

/*
 * A title word, unless straight after a given name, where it is a surname ("John Major", "Paul
 * Judge"); an abbreviated title is no surname ("South Carolina Gov. Carroll Campbell").
 */
const isHeadTitleAt = (tokens: readonly Token[], index: number) =>
  isHeadTitle(tokens[index]?.text ?? '') &&
  (tokens[index]?.text.endsWith('.') === true || !(index > 0 && isGivenName(tokens[index - 1]?.text ?? '')));

/* A title with one to four plain capitalised words after it, none a connector but a name's particle ("Jacques de Larosiere"). */
function lastHeadTitle(tokens: readonly Token[]): number {
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    if (!isHeadTitleAt(tokens, index)) continue;
    const rest = tokens.slice(index + 1);
    const particle = (word: Token, offset: number) =>
      offset > 0 && offset < rest.length - 1 && NAME_PARTICLES.has(word.text);
    if (
      rest.length > 4 ||
      rest.some(
        (word, offset) =>
          (!word.capitalised && !particle(word, offset) && !isArticleName(word.text)) ||
          isHeadTitleAt(tokens, index + 1 + offset),
      )
    )
      return -1;
    return index;
  }
  return -1;
}

/* "His Excellency" names no one; "President of the Russian Federation" names the federation. */
function trimTitles(tokens: Token[]): Part[] {
  // "First Union Bank" is made of office words but ends in a body's word: a name.
  const onlyTitles =
    tokens.every((token) => isRoleWord(token) || isDemonym(token.text)) &&
    !(tokens.length > 1 && ORG_WORDS.has(tokens.at(-1)?.text.toLowerCase() ?? ''));
  if (
    onlyTitles &&
    (tokens.length > 1 ||
      !TITLE_WORDS.has(tokens[0]?.text.toLowerCase() ?? '') ||
      HEAD_TITLES.has(tokens[0]?.text.toLowerCase() ?? ''))
  )
    return [];
  const of = tokens.findIndex((token) => token.text === 'of');
  const office = tokens.slice(0, of);
  // "U.S. Assistant Secretary of State": the country an office is of opens it.
  let own = 0;
  while (own < of - 1 && isPlace(office[own]?.text ?? '')) own += 1;
  const title = office.slice(own);
  if (of > 0 && title.every(isRoleWord) && HEAD_TITLES.has(office.at(-1)?.text.toLowerCase() ?? '')) {
    const rest = tokens.slice(isThe(tokens[of + 1]) ? of + 2 : of + 1);
    const minister = rest.slice(3);
    if (
      rest[1]?.text === 'and' &&
      holdsPortfolios(office.at(-1)?.text.toLowerCase() ?? '', rest[0], rest[2], minister)
    ) {
      const role = tokens.slice(own, tokens.length - minister.length).map((token) => token.text);
      return [...splitSpan(tokens.slice(0, own)), { tokens: minister, role, roleLength: role.length }];
    }
    // "Assistant Secretary of State John Kornblum", "Minister of Finance Jean Arthuis": one word of the
    // office's own, then its holder named by a given name; the word is the office's, no part of the name.
    // "Secretary of State George Shultz China's recent troubles": a place run on after the holder is its own name.
    const after = rest.length > 3 && isPlace(rest.at(-1)?.text ?? '') ? rest.slice(-1) : [];
    const holder = rest.slice(1, rest.length - after.length);
    const named =
      holder.length >= 2 &&
      holder.length <= 3 &&
      mayBeGivenName(holder[0]?.text ?? '') &&
      holder.every((token) => token.capitalised && !ORG_WORDS.has(token.text.toLowerCase()));
    if (named && rest[0]?.capitalised && (!mayBeGivenName(rest[0].text) || isPlace(rest[0].text))) {
      const role = tokens.slice(own, tokens.length - holder.length - after.length).map((token) => token.text);
      // "Prime Minister of Israel Benjamin Netanyahu": the place the office is of is named too.
      const place = isPlace(rest[0].text) ? [{ tokens: [rest[0]], role: [], roleLength: 0 }] : [];
      const trailing = after.map((token) => ({ tokens: [token], role: [], roleLength: 0 }));
      return [
        ...splitSpan(tokens.slice(0, own)),
        ...place,
        { tokens: holder, role, roleLength: role.length },
        ...trailing,
      ];
    }
    return splitSpan(rest);
  }
  return bodyThenHolder(tokens) ?? [{ tokens, role: [], roleLength: 0 }];
}

/* The titles of a government's offices, which hold portfolios ("Minister of Mines and Energy"). */
const PORTFOLIO_TITLES = new Set(['minister', 'secretary']);

/*
 * "Minister of Mines and Energy Subroto", "Minister of Trade and Industry Hajime Tamura": after an
 * office of two portfolios joined by "and" (`first` and `second`), the one to three capitalised
 * words left are its `holder`, however few or unknown his names; the portfolios are the office's.
 * Only a minister's or a secretary's office: a president's or chairman's may be of a firm named so,
 * whose next word is the firm's ("Chairman of Smith and Wesson Holding").
 */
export function holdsPortfolios(
  title: string,
  first: Token | undefined,
  second: Token | undefined,
  holder: readonly Token[],
): boolean {
  const portfolio = (token: Token | undefined) =>
    token !== undefined && token.capitalised && !mayBeGivenName(token.text) && !isPlace(token.text);
  const holderWord = (token: Token) =>
    token.capitalised && !ORG_WORDS.has(token.text.toLowerCase()) && !LEGAL_FORMS.has(token.text.toLowerCase());
  return (
    PORTFOLIO_TITLES.has(title) &&
    portfolio(first) &&
    portfolio(second) &&
    holder.length >= 1 &&
    holder.length <= 3 &&
    holder.every(holderWord) &&
    !isPlace(text(holder))
  );
}

/*
 * "(Governor of the) Bank of England Robin Leigh-Pemberton": a body of a place, then the person who
 * holds its office, named by a given name; the title before "of the" was cut off already.
 */
function bodyThenHolder(tokens: readonly Token[]): Part[] | undefined {
  if (!ORG_HEADS.has(tokens[0]?.text.toLowerCase() ?? '') || tokens[1]?.text !== 'of') return undefined;
  for (const length of [3, 2]) {
    const holder = tokens.slice(-length);
    const place = tokens.slice(2, -length);
    const named =
      mayBeGivenName(holder[0]?.text ?? '') &&
      holder.every((token) => token.capitalised && !ORG_WORDS.has(token.text.toLowerCase()));
    if (place.length > 0 && named && isPlace(text(place)) && !isPlace(text(holder))) {
      return [
        { tokens: tokens.slice(0, -length), role: [], roleLength: 0 },
        { tokens: holder, role: [], roleLength: 0 },
      ];
    }
  }
  return undefined;
}

function startsWithCommonWord(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined) return false;
  if (first.text === 'The' || neverName(tokens, 0)) return true;
  const common =
    first.sentenceStart &&
    tokens[1]?.text !== '&' &&
    isCommonWord(first.text) &&
    !TITLE_WORDS.has(first.text.toLowerCase()) &&
    !isDemonym(first.text);
  if (!common || tokens.length < 2) return common;
  // "South Africa", "New York" and "Water Board" keep their first word at the start of a sentence, and so
  // does a chamber before more of a name ("House Energy and Commerce committee chairman John Dingell").
  if (isPlace(`${first.text} ${tokens[1]?.text}`)) return false;
  if (LONE_BODIES.has(first.text.toLowerCase())) return false;
  if (ORG_WORDS.has(tokens.at(-1)?.text.toLowerCase() ?? '') && isNameableWord(first.text)) return false;
  // "Bankers Trust Co is raising …": a noun before more of a company's name, which its legal form
  // closes, is the name's first word; a date or an adverb is not ("Yesterday Halvard Tool Co said").
  if (tokens.length > 2 && LEGAL_FORMS.has(tokens.at(-1)?.text.toLowerCase() ?? '') && isPlainNoun(first.text))
    return false;
  // "Guy Forget (France) beat …": a given name that is also a word, before a surname that is none.
  const surname = (token: Token) =>
    /^\p{Lu}\p{Ll}/u.test(token.text) && !isCommonWord(token.text) && !isPlace(token.text);
  return !(tokens.length <= 3 && mayBeGivenName(first.text) && tokens.slice(1).every(surname));
}

const isPossessive = (token: Token) => /^(?:his|her|their|its)$/i.test(token.text);

function isRoleWord(token?: Token): boolean {
  if (token === undefined) return false;
  const word = token.text.toLowerCase();
  return TITLE_WORDS.has(word) || OFFICE_WORDS.has(word) || isDemonym(token.text) || isPossessive(token);
}
