import {
  isCommonWord,
  isDemonym,
  isFirstName,
  isGivenName,
  mayBeGivenName,
  isKnownSurname,
  isNameableWord,
  isPlace,
} from './lexicon.ts';
import {
  NAME_CONNECTORS,
  LEGAL_FORMS,
  NAME_PARTICLES,
  NEVER_NAMES,
  ORG_HEADS,
  ORG_WORDS,
  TITLE_WORDS,
} from './word-lists.ts';
import type { Sentence, Token } from './tokens.ts';

/** A run of capitalised words that may name something, with the words around it. */
export interface Span {
  tokens: Token[];
  /** The title and office words written before it ("Defence Minister"), if any. */
  role: string[];
  /** The lower-case word just before it ("counterpart"), if any. */
  before?: string;
  /** The word just after it ("said"), if any. */
  after?: string;
  /** The text after it, for the apposition and age cues (", 45,"). */
  next: string[];
  /** A share of number tokens in its sentence, for results tables. */
  numeric: number;
  /** Found as a name the registry knows. */
  known?: boolean;
}

/** Titles that close a role phrase: the word a name may follow ("Minister", "Dr", "Coach"). */
const HEAD_TITLES = new Set(
  'mr mr. mrs mrs. ms ms. miss dr dr. sir major-general lieutenant-general lieutenant-colonel brigadier-general vice-admiral democrat republican fullback flyhalf fly-half winger striker midfielder defender goalkeeper keeper batsman bowler jockey quarterback pitcher outfielder dame lord lady president minister secretary chancellor premier king queen prince princess pope sheikh emir sultan general gen. colonel col. lieutenant lt. major maj. captain capt. admiral adm. commander sergeant sgt. marshal brigadier governor gov. senator sen. representative rep. congressman congresswoman judge justice ambassador envoy consul chairman chairwoman chair ceo director spokesman spokeswoman mayor speaker leader professor prof prof. reverend rev. father bishop archbishop cardinal rabbi imam ayatollah coach manager counterpart executive exchequer excellency highness majesty president-elect vice-president vice-chairman'.split(
    ' ',
  ),
);

export const text = (tokens: readonly Token[]) =>
  tokens
    .map((token) => token.text)
    .join(' ')
    .replace(/ ([’']s?)(?= |$)/g, '$1');

/**
 * Every run of capitalised words in the sentences that are not written in capitals throughout.
 * `knownLength` tells how many tokens from a position form a name the registry knows, so a known
 * name is taken whole even where it holds lower-case words ("… Co-operation in Europe").
 */
export function findSpans(
  sentences: readonly Sentence[],
  knownLength: (tokens: readonly Token[], index: number) => number,
): Span[] {
  const spans: Span[] = [];
  for (const sentence of sentences) {
    if (sentence.shouting) continue;
    const tokens = sentence.tokens;
    const numeric = tokens.filter((token) => /^[\d.,:-]+$/.test(token.text)).length / tokens.length;
    const push = (part: Part) => {
      const start = tokens.indexOf(part.tokens[0] as Token);
      const last = tokens.indexOf(part.tokens.at(-1) as Token);
      spans.push({
        ...part,
        ...beforeOf(tokens, start - part.roleLength),
        ...(tokens[last + 1] ? { after: tokens[last + 1]?.text.toLowerCase() } : {}),
        next: tokens.slice(last + 1, last + 5).map((token) => token.text),
        numeric,
      });
    };
    for (let index = 0; index < tokens.length; index += 1) {
      const known = knownLength(tokens, index);
      if (known > 0) {
        push({ tokens: tokens.slice(index, index + known), role: [], roleLength: 0, known: true });
        index += known - 1;
        continue;
      }
      if (!startsName(tokens, index)) continue;
      let end = index + 1;
      while (end < tokens.length && knownLength(tokens, end) === 0) {
        const token = tokens[end];
        if (token?.capitalised && !neverName(tokens, end)) end += 1;
        else {
          const joined = joinLength(tokens, end);
          if (joined === 0) break;
          end += joined;
        }
      }
      const run = tokens.slice(index, end);
      if (!(run.length === 1 && run[0]?.sentenceStart && tokens[end]?.text === ':')) {
        for (const segment of segments(run)) for (const part of splitSpan(segment)) push(part);
      }
      index = end - 1;
    }
  }
  return spans;
}

/*
 * How many connector tokens join the capitalised word after them to the run: "Bank of Japan",
 * "Bank of the West", "Marks & Spencer", "Joost van der Westhuizen", "Moody's Investors Service
 * Inc"; 0 when none does.
 */
function joinLength(tokens: readonly Token[], index: number): number {
  // "Moody's Investors Service Inc": a possessive inside a company's name, which its legal form shows.
  if (/^['’]s$/.test(tokens[index]?.text ?? '') && tokens[index + 1]?.capitalised) {
    const ahead = tokens.slice(index + 1, index + 5);
    const end = ahead.findIndex((token) => !token.capitalised);
    const name = end === -1 ? ahead : ahead.slice(0, end);
    if (LEGAL_FORMS.has(name.at(-1)?.text.toLowerCase() ?? '')) return 1;
  }
  let length = 0;
  while (NAME_CONNECTORS.has(tokens[index + length]?.text.toLowerCase() ?? '') && length < 3) length += 1;
  const next = tokens[index + length];
  return length > 0 && next?.capitalised === true && !NEVER_NAMES.has(next.text.toLowerCase()) ? length : 0;
}

/*
 * A run joined by connectors is one name only when they belong to it: "of", "for" and "on" after
 * an organisation word ("Commission on Military", "Bank of Japan"), "and" between organisation
 * words but not before a place ("West Bank and Gaza"), "&" always, name particles always. Otherwise
 * the run is several names ("Nasser Hussain and Peter Such", "Tono Eitel of Germany").
 */
function segments(run: Token[]): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  for (let index = 0; index < run.length; index += 1) {
    const token = run[index] as Token;
    const word = token.text.toLowerCase();
    if (token.capitalised || word === '&' || NAME_PARTICLES.has(word) || current.length === 0) {
      current.push(token);
      continue;
    }
    let skip = 1;
    while (index + skip < run.length && !run[index + skip]?.capitalised) skip += 1;
    const rest = run.slice(index + skip);
    // "Israel and the Palestinian Authority": "and the" starts another name.
    const andThe = word === 'and' && run[index + 1]?.text === 'the';
    if (!andThe && !(word === 'and' && isPlace(text(current))) && keepsTogether(current, word, rest)) {
      current.push(...run.slice(index, index + skip));
    } else {
      result.push(current);
      current = [];
    }
    index += skip - 1;
  }
  if (current.length > 0) result.push(current);
  return result;
}

function keepsTogether(before: readonly Token[], connector: string, rest: readonly Token[]): boolean {
  const organisational = before.some(
    (token) => ORG_WORDS.has(token.text.toLowerCase()) || ORG_HEADS.has(token.text.toLowerCase()),
  );
  const endsInOrgWord = ORG_WORDS.has(rest.at(-1)?.text.toLowerCase() ?? '');
  // "Merrill Lynch and Co Inc": a legal form after "and" ends the company's name.
  if (connector === 'and' && LEGAL_FORMS.has(rest[0]?.text.toLowerCase() ?? '')) return true;
  // "Lynn Reaser of Barnett Banks Inc.", "Maria Okafor and the Water Board": a person, then a body.
  if (!organisational && endsInPersonName(before)) return false;
  if (connector === 'and') {
    // "the Harbour Board and the Delta Holdings Group": a body on each side is two names; one word
    // is no body of its own ("Securities and Exchange Commission", "Food and Drug Administration").
    const words = before.filter((token) => token.text.toLowerCase() !== 'the');
    if (words.length > 1 && organisational && rest.some((token) => ORG_WORDS.has(token.text.toLowerCase())))
      return false;
    // "Trade and Economic Cooperation" joins two topics; "Bank of Japan and Marks & Spencer" two names.
    const nameLike = (token?: Token) =>
      token === undefined || isPlace(token.text) || isFirstName(token.text) || isKnownSurname(token.text);
    // "Food and Agriculture Organization" is one name; "Marks & Spencer and Rolls-Royce Holdings" two.
    if (endsInOrgWord && !organisational && !before.some((token) => token.text === '&')) return true;
    return (
      organisational && !nameLike(before.at(-1)) && !nameLike(rest[0]) && !rest.some((token) => token.text === '&')
    );
  }
  return organisational || endsInOrgWord;
}

const isThe = (token?: Token) => token?.text === 'the';

/* Ends in a given name and one or two more words ("Economist Joel Naroff"), not a place ("Jersey City"). */
const endsInPersonName = (tokens: readonly Token[]) =>
  [2, 3].some((length) => {
    const name = tokens.slice(-length);
    return name.length === length && isGivenName(name[0]?.text ?? '') && !isPlace(text(name));
  });

/* A month, day or pronoun, unless a given name before a surname ("Jan Kowalski", not "Jan 5"). */
function neverName(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]?.text ?? '';
  if (!NEVER_NAMES.has(word.toLowerCase())) return false;
  const next = tokens[index + 1]?.text ?? '';
  const previous = tokens[index - 1]?.text.toLowerCase() ?? '';
  return (
    DATE_BEFORE.has(previous) ||
    !(
      mayBeGivenName(word) &&
      /^\p{Lu}\p{Ll}/u.test(next) &&
      ![NEVER_NAMES, TITLE_WORDS, ORG_WORDS].some((list) => list.has(next.toLowerCase()))
    )
  );
}

const DATE_BEFORE = new Set(
  'in on since by until till last next early late mid of from to before after during'.split(' '),
);

function startsName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && token.capitalised && !neverName(tokens, index);
}

function beforeOf(tokens: readonly Token[], start: number): { before?: string } {
  const previous = tokens[start - 1];
  return previous && !previous.capitalised ? { before: previous.text.toLowerCase() } : {};
}

interface Part {
  tokens: Token[];
  role: string[];
  roleLength: number;
  known?: boolean;
}

/**
 * Cuts a run into the names in it: a sentence's first common word goes ("The", "Speaking"), and a
 * role phrase ending in a title ("Russian Defence Minister") is taken off the name after it and
 * kept as that name's role, while what stood before the role is a name of its own ("Bank of Japan
 * Governor Yasushi Mieno").
 */
function splitSpan(run: Token[]): Part[] {
  let tokens = run;
  // "Shares of the Harbour Board": the common word goes, and so do the connectors it left in front.
  while (tokens.length > 0 && (startsWithCommonWord(tokens) || !tokens[0]?.capitalised)) tokens = tokens.slice(1);
  if (tokens.length === 0) return [];
  // "American Dennis Mitchell": a nationality before a person's name is no part of it.
  if (isDemonym(tokens[0]?.text ?? '') && looksLikeGivenAndSurname(tokens.slice(1))) tokens = tokens.slice(1);
  const head = lastHeadTitle(tokens);
  // "General Motors Corp", "General Electric Co": a title word leading a company's name is part of it.
  const lastWord = tokens.at(-1)?.text.toLowerCase() ?? '';
  if (head === -1 || (head === 0 && LEGAL_FORMS.has(lastWord))) return trimTitles(tokens);
  let roleStart = head;
  while (roleStart > 0 && isRoleWord(tokens[roleStart - 1])) roleStart -= 1;
  const roleTokens = tokens
    .slice(roleStart, head + 1)
    .filter((token) => !isDemonym(token.text) && !isPossessive(token));
  const person = tokens.slice(head + 1);
  const parts: Part[] = roleStart > 0 ? splitSpan(tokens.slice(0, roleStart)) : [];
  if (person.length > 0)
    parts.push({ tokens: person, role: roleTokens.map((token) => token.text), roleLength: head + 1 - roleStart });
  return parts;
}

const looksLikeGivenAndSurname = (tokens: readonly Token[]) =>
  tokens.length >= 2 &&
  tokens.length <= 3 &&
  isGivenName(tokens[0]?.text ?? '') &&
  tokens.every((token) => token.capitalised && !ORG_WORDS.has(token.text.toLowerCase()));

/* A title word, unless straight after a given name, where it is a surname ("John Major", "Paul Judge"). */
const isHeadTitleAt = (tokens: readonly Token[], index: number) =>
  HEAD_TITLES.has(tokens[index]?.text.toLowerCase() ?? '') &&
  !(index > 0 && isGivenName(tokens[index - 1]?.text ?? ''));

/* A title with one to four plain capitalised words after it, none a connector. */
function lastHeadTitle(tokens: readonly Token[]): number {
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    if (!isHeadTitleAt(tokens, index)) continue;
    const rest = tokens.slice(index + 1);
    if (rest.length > 4 || rest.some((word, offset) => !word.capitalised || isHeadTitleAt(tokens, index + 1 + offset)))
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
  if (of > 0 && office.every(isRoleWord) && HEAD_TITLES.has(office.at(-1)?.text.toLowerCase() ?? '')) {
    return splitSpan(tokens.slice(isThe(tokens[of + 1]) ? of + 2 : of + 1));
  }
  return [{ tokens, role: [], roleLength: 0 }];
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
  // "South Africa", "New York" and "Water Board" keep their first word at the start of a sentence.
  if (isPlace(`${first.text} ${tokens[1]?.text}`)) return false;
  if (ORG_WORDS.has(tokens.at(-1)?.text.toLowerCase() ?? '') && isNameableWord(first.text)) return false;
  // "Guy Forget (France) beat …": a given name that is also a word, before a surname that is none.
  const surname = (token: Token) =>
    /^\p{Lu}\p{Ll}/u.test(token.text) && !isCommonWord(token.text) && !isPlace(token.text);
  return !(tokens.length <= 3 && mayBeGivenName(first.text) && tokens.slice(1).every(surname));
}

const isPossessive = (token: Token) => /^(?:his|her|their|its)$/i.test(token.text);

function isRoleWord(token?: Token): boolean {
  if (token === undefined) return false;
  const word = token.text.toLowerCase();
  return TITLE_WORDS.has(word) || isDemonym(token.text) || isPossessive(token);
}
