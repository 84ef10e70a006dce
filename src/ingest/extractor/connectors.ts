import {
  isCommonWord,
  isCountry,
  isFirstName,
  isGivenName,
  isKnownSurname,
  isPlace,
  mayBeGivenName,
} from './lexicon.ts';
import {
  CLOSING_FORMS,
  JOINED_KINDS,
  NAME_CONNECTORS,
  LEGAL_FORMS,
  LONE_BODIES,
  NAME_PARTICLES,
  NEVER_NAMES,
  ORG_HEADS,
  ORG_WORDS,
  THING_WORDS,
} from './word-lists.ts';
import { isArticleName, text } from './name-tokens.ts';
import { holdsPortfolios, isHeadTitle } from './role-phrases.ts';
import { looksLikePerson } from './name-shapes.ts';
import { bracketInFirm, commaInFirm, partnershipEnd } from './partnerships.ts';
import { isPossessiveMark, type Token } from './tokens.ts';

/* Where the connector words of a run ("of", "and", "&", "van der") join it into one name, and where they separate names. */

/* The last word, lower-case, of the capitalised words (four at most) after `index`: "inc" of "'s Investors Service Inc". */
function lastWordAhead(tokens: readonly Token[], index: number): string {
  const ahead = tokens.slice(index + 1, index + 5);
  const end = ahead.findIndex((token) => !token.capitalised);
  return (end === -1 ? ahead : ahead.slice(0, end)).at(-1)?.text.toLowerCase() ?? '';
}

/* "Consolidated Natural Gas System's Consolidated Gas Transmission Corp": the unit opens with its owner's first word. */
function opensOwnersName(tokens: readonly Token[], index: number): boolean {
  let first = index - 1;
  while (first > 0 && tokens[first - 1]?.capitalised && index - first < 6) first -= 1;
  return first < index - 1 && tokens[first]?.text === tokens[index + 1]?.text;
}

/* Whether the word before a possessive is a company its legal form closed, a country, or its unit's first word. */
function ownsCompany(tokens: readonly Token[], index: number): boolean {
  const owner = tokens[index - 1]?.text ?? '';
  return (
    LEGAL_FORMS.has(owner.toLowerCase()) ||
    isCountry(owner) ||
    isCountry(`${tokens[index - 2]?.text} ${owner}`) ||
    opensOwnersName(tokens, index)
  );
}

/*
 * How many connector tokens join the capitalised word after them to the run: "Bank of Japan",
 * "Bank of the West", "Marks & Spencer", "Joost van der Westhuizen", "Moody's Investors Service
 * Inc"; 0 when none does.
 */
export function joinLength(tokens: readonly Token[], index: number): number {
  // "Moody's Investors Service Inc": a possessive inside a company's name, which its legal form shows;
  // not the possessive of a company its own legal form closed or of a country ("Grumman Corp's Grumman
  // Aerospace Corp", "Japan's Okuma Machinery Works Ltd"), which owns a company of its own name.
  // (Who owns the possessive is asked last: it looks the words before up in the lexicon, and most
  // tokens are no possessive before a capitalised word.)
  const possessive = /^['’]s$/.test(tokens[index]?.text ?? '');
  if (
    possessive &&
    tokens[index + 1]?.capitalised &&
    LEGAL_FORMS.has(lastWordAhead(tokens, index)) &&
    !ownsCompany(tokens, index)
  )
    return 1;
  // "Toronto Bond Traders' Association": a plural's possessive inside a body's name, which its body word
  // ends; a company ("National Amusements' Arsenal Holdings Inc") is the owner's, a name of its own.
  if (
    /^['’]$/.test(tokens[index]?.text ?? '') &&
    /s$/.test(tokens[index - 1]?.text ?? '') &&
    tokens[index + 1]?.capitalised
  ) {
    const last = lastWordAhead(tokens, index);
    if (ORG_WORDS.has(last) && !LEGAL_FORMS.has(last)) return 1;
  }
  if (commaInFirm(tokens, index) || bracketInFirm(tokens, index)) return 1;
  let length = 0;
  while (NAME_CONNECTORS.has(tokens[index + length]?.text.toLowerCase() ?? '') && length < 3) length += 1;
  const next = tokens[index + length];
  return length > 0 && next?.capitalised === true && !NEVER_NAMES.has(next.text.toLowerCase()) ? length : 0;
}

/**
 * A run joined by connectors is one name only when they belong to it: "of", "for" and "on" after
 * an organisation word ("Commission on Military", "Bank of Japan"), "and" between organisation
 * words but not before a place ("West Bank and Gaza"), "&" always, name particles always. Otherwise
 * the run is several names ("Nasser Hussain and Peter Such", "Tono Eitel of Germany").
 */
export function segments(run: Token[]): Token[][] {
  const result: Token[][] = [];
  let current: Token[] = [];
  for (let index = 0; index < run.length; index += 1) {
    const token = run[index] as Token;
    const word = token.text.toLowerCase();
    // "a U.S. Senate Iran committee aide": a lone body run straight into a place is the body, then the place.
    if (token.capitalised && LONE_BODIES.has(current.at(-1)?.text.toLowerCase() ?? '') && isPlace(token.text)) {
      result.push(current);
      current = [token];
      continue;
    }
    // "Homegate Hospitality Inc Nasdaq Stock", "Bear Stearns & Co Inc Underwriters": a legal form that
    // only closes a name ends the company's; the capitalised words after it are the next field or name.
    if (token.capitalised && current.length > 1 && closesName(current.at(-1)) && !namesUnit(token)) {
      result.push(current);
      current = [token];
      continue;
    }
    if (
      token.capitalised ||
      word === '&' ||
      NAME_PARTICLES.has(word) ||
      isArticleName(token.text) ||
      current.length === 0
    ) {
      current.push(token);
      continue;
    }
    const firm = word === ',' ? partnershipEnd(run, index) : -1;
    if (firm !== -1) {
      // "Algemene Bank Nederland NV and Pierson, Heldring and Pierson NV": a company its legal form closed comes first.
      const closed = current.findLastIndex(
        (item, at) => LEGAL_FORMS.has(item.text.toLowerCase()) && current[at + 1]?.text === 'and',
      );
      if (closed !== -1) {
        result.push(current.slice(0, closed + 1));
        current = current.slice(closed + 2);
      }
      current.push(...run.slice(index, firm + 1));
      index = firm;
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
  // "Moody's Investors Service Inc and AA by …": a possessive the run was joined across is inside a
  // company's name (see `joinLength`), whatever the run goes on to after the company.
  if (isPossessiveMark(connector)) return true;
  // "Merrill Lynch and Co Inc": a legal form after "and" ends the company's name.
  if (connector === 'and' && LEGAL_FORMS.has(rest[0]?.text.toLowerCase() ?? '')) return true;
  // "First Federal Savings and Loan Association of Ashford": one kind of institution, not two bodies.
  if (connector === 'and' && JOINED_KINDS.has(`${before.at(-1)?.text.toLowerCase()}-${rest[0]?.text.toLowerCase()}`))
    return true;
  // "Assistant Secretary of State John Kornblum": an office of one word's, then its holder by a given
  // name, is one role phrase for the role reader to cut.
  if (
    connector === 'of' &&
    isHeadTitle(before.at(-1)?.text ?? '') &&
    rest.length >= 3 &&
    rest.length <= 4 &&
    mayBeGivenName(rest[1]?.text ?? '')
  )
    return true;
  // "Minister of Mines and Energy Subroto": an office of two portfolios, then its holder, is one role
  // phrase for the role reader to cut, read whole across its "of" and its "and".
  const title = (token?: Token) => token?.text.toLowerCase() ?? '';
  if (
    connector === 'of' &&
    rest[1]?.text === 'and' &&
    holdsPortfolios(title(before.at(-1)), rest[0], rest[2], rest.slice(3))
  )
    return true;
  if (
    connector === 'and' &&
    before.at(-2)?.text === 'of' &&
    holdsPortfolios(title(before.at(-3)), before.at(-1), rest[0], rest.slice(1))
  )
    return true;
  // "Lynn Reaser of Barnett Banks Inc.", "Maria Okafor and the Water Board": a person, then a body.
  if (!organisational && endsInPersonName(before)) return false;
  // "Faik Nerweyi of the Kurdistan Democratic Party": a pair shaped like a person's name, then a body.
  if (connector === 'of' && !organisational && looksLikePerson(before.map((token) => token.text))) return false;
  // "Dow Chemical Co of the United States", "Trans World Airlines Inc for DOT approval": a legal form
  // closes the company's name, unless another closes what follows ("Consolidated Edison Co of New York Inc").
  const legalForm = (token?: Token) => LEGAL_FORMS.has(token?.text.toLowerCase() ?? '');
  if (connector !== 'and' && legalForm(before.at(-1)) && !legalForm(rest.at(-1))) return false;
  // "100 mln dlrs voted by Congress for the Contras": what a body a word names on its own is for is no part of its name.
  if (connector === 'for' && before.length === 1 && LONE_BODIES.has(before[0]?.text.toLowerCase() ?? '')) return false;
  if (connector === 'and') {
    // "the Harbour Board and the Delta Holdings Group": a body on each side is two names; one word
    // is no body of its own ("Securities and Exchange Commission", "Food and Drug Administration").
    const words = before.filter((token) => token.text.toLowerCase() !== 'the');
    // "Kansai Electric Power and Kansai International Airport": a name of several words whose first
    // word opens the other side again is two names sharing it ("Harbour and Harbour Holdings" is one).
    if (words.length > 1 && rest.length > 1 && rest[0]?.text === words[0]?.text) return false;
    // "Sumitomo Trust and Banking Co Ltd": what follows is one plain or body word and the legal form
    // that closes it, no name of a company of its own ("Banking Co Ltd"); "Daewoo Group and General
    // Motors Corp" names a second company by more than that.
    const named = rest.filter((token) => !legalForm(token));
    const plain = (token?: Token) =>
      token !== undefined &&
      (ORG_WORDS.has(token.text.toLowerCase()) || isCommonWord(token.text) || isAbstractNoun(token.text));
    if (words.length > 1 && legalForm(rest.at(-1)) && named.length === 1 && plain(named[0])) return true;
    // "the House and Senate committees": a body a word names on its own, then another, is two bodies,
    // whatever comes before the first ("Both the House and Senate", "the White House and Senate").
    const lone = (token?: Token) => LONE_BODIES.has(token?.text.toLowerCase() ?? '');
    // "the House Energy and Commerce committee", "House Telecommunications and Finance subcommittee":
    // a chamber, then the topics of one of its committees; a body word among them ("Energy") makes no
    // body of its own there. Not a person or a place after the "and" ("House Speaker Jim Wright").
    const topic = (token: Token) => !lone(token) && !isGivenName(token.text) && !isPlace(token.text);
    if (
      lone(words[0]) &&
      words.length === 2 &&
      !isGivenName(words[1]?.text ?? '') &&
      rest.length <= 2 &&
      rest.every(topic) &&
      !rest.some(legalForm)
    )
      return true;
    if (lone(words.at(-1)) && lone(rest[0])) return false;
    // A side that ends in no body word is no body of its own ("House Ways and Means Committee"),
    // unless what follows is a company named whole ("Merrill Lynch Capital Markets and Lazard Freres and Co").
    const endsAsBody = ORG_WORDS.has(before.at(-1)?.text.toLowerCase() ?? '') || rest.some(legalForm);
    if (
      words.length > 1 &&
      organisational &&
      endsAsBody &&
      rest.some((token) => ORG_WORDS.has(token.text.toLowerCase()))
    )
      return false;
    // "United Parcel Service and DHL": a body named whole, then a name with no body word, is two names.
    const orgWord = (token: Token) => ORG_WORDS.has(token.text.toLowerCase()) || legalForm(token);
    if (words.length > 1 && orgWord(before.at(-1) as Token) && !rest.some(orgWord)) return false;
    // "Trade and Economic Cooperation" joins two topics; "Bank of Japan and Marks & Spencer" two names.
    const nameLike = (token?: Token) =>
      token === undefined || isPlace(token.text) || isFirstName(token.text) || isKnownSurname(token.text);
    // "the World Production and Trade Report": two topics joined before the word for a document are
    // its title, no person "World Production" and a report; a name beside it stays apart ("Japan and the Tokyo Summit").
    if (
      !organisational &&
      THING_WORDS.has(rest.at(-1)?.text.toLowerCase() ?? '') &&
      !nameLike(before.at(-1)) &&
      !nameLike(rest[0])
    )
      return true;
    // "Food and Agriculture Organization" is one name; "Marks & Spencer and Rolls-Royce Holdings" two.
    if (endsInOrgWord && !organisational && !before.some((token) => token.text === '&')) return true;
    return (
      organisational && !nameLike(before.at(-1)) && !nameLike(rest[0]) && !rest.some((token) => token.text === '&')
    );
  }
  return organisational || endsInOrgWord;
}

const closesName = (token?: Token) => CLOSING_FORMS.has(token?.text.toLowerCase() ?? '');
/*
 * What a company's unit adds after its owner's legal form ("Swiss Bank Corp International", "Nissan
 * Motor Corp U.S.A."), or a second legal form ("Co Inc").
 */
const namesUnit = (token: Token) => {
  const word = token.text.toLowerCase();
  return (
    LEGAL_FORMS.has(word) ||
    ORG_WORDS.has(word) ||
    word === 'international' ||
    isPlace(token.text) ||
    isPlace(token.text.replaceAll('.', ''))
  );
};

/*
 * "China International Trust and Investment Corp": a noun of an activity by its ending ("Investment",
 * "Development", "Marketing"), which the lexicon may not know, is a plain word, no company's name;
 * never a given name or a place ("Manning", "Reading").
 */
const isAbstractNoun = (word: string) =>
  /^\p{Lu}\p{Ll}{3,}(?:ment|tion|sion|ing|ance|ence)$/u.test(word) &&
  !isGivenName(word) &&
  !isPlace(word) &&
  !isKnownSurname(word);

/* Ends in a given name and one or two more words ("Economist Joel Naroff"), not a place ("Jersey City"). */
const endsInPersonName = (tokens: readonly Token[]) =>
  [2, 3].some((length) => {
    const name = tokens.slice(-length);
    return name.length === length && isGivenName(name[0]?.text ?? '') && !isPlace(text(name));
  });
