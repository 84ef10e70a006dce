import { isCommonWord, isPlace } from './lexicon.ts';
import { isNationality } from '../registry/countries.ts';
import { isPeoplesWord } from './name-shapes.ts';
import type { Span } from './spans.ts';

/*
 * The words around a name that say what kind of body it is, where the name holds no organisation
 * word of its own: "the newspaper Granma", "Le Matin newspaper said", "mineral water firm Multico",
 * "Warsaw Newsroom" and the phone number of a wire desk's sign-off. Newspapers, parties and firms
 * named bare are otherwise read as two surnames or not at all.
 */

/* A common noun just before a name that names the kind of body it is ("the daily Liberte"). */
const BODY_BEFORE = new Set(
  'newspaper newspapers daily weekly magazine tabloid paper agency firm company group broadcaster publisher airline insurer retailer conglomerate'.split(
    ' ',
  ),
);

/* The nouns of the press just after a name ("Zycie Warszawy daily said"), or after its translation in brackets ("Thmei (Liberty) newspaper"). */
const PRESS_AFTER = new Set('newspaper newspapers daily weekly magazine tabloid'.split(' '));

/* A common noun just after a name that names the kind of body it is, or what an airline flies ("an El Al freighter", "a Pan Am flight"). */
const BODY_AFTER = new Set([...PRESS_AFTER, ...'flight flights freighter airliner jetliner'.split(' ')]);

const CONNECTORS = new Set(['of', 'in', 'for', 'on', 'and', '&']);

/* The last word of a wire desk's name in a story's sign-off ("-- Warsaw Newsroom"). */
const DESK_WORDS = new Set(['newsroom', 'desk']);

/* The partners' word that ends a firm's name ("Salomon Bros.", "Lehman Brothers"). */
const FIRM_ENDINGS = new Set(['bros', 'bros.', 'brothers']);

/** Whether a span of several words ends as a firm's name does. */
export const endsAsFirm = (lower: readonly string[]): boolean =>
  lower.length > 1 && FIRM_ENDINGS.has(lower.at(-1) ?? '');

/* Nouns of a business just before a name, which name a company even in a person's words ("the British company Townsend Thoresen"). */
const COMPANY_BEFORE = new Set('company firm airline insurer retailer conglomerate publisher broadcaster'.split(' '));

/**
 * Whether a business noun just before a span of several words names it a company however much it
 * looks like a person's name ("owned by the British company Townsend Thoresen").
 */
export function companyBefore(span: Span): boolean {
  return COMPANY_BEFORE.has(span.before ?? '') && span.tokens.length > 1;
}

/** Whether the words around a span, or a wire desk's own word, read it as an organisation. */
export function bodyCue(span: Span, lower: readonly string[]): boolean {
  if (DESK_WORDS.has(lower.at(-1) ?? '') && lower.length > 1) return true;
  // "the pressure group Human Rights in China": a name that goes on past a connector is not this span.
  const goesOn = CONNECTORS.has(span.after ?? '') && /^\p{Lu}/u.test(span.next[1] ?? '');
  if (BODY_BEFORE.has(span.before ?? '') && !goesOn && lower.some((word) => word.length > 1)) return true;
  // "a previous 20 Ecu daily rebate": after a figure the name is a unit it counts, and "daily" says how often.
  const often = /^\d/.test(span.before ?? '') && (span.after === 'daily' || span.after === 'weekly');
  if (BODY_AFTER.has(span.after ?? '') && !often) return true;
  // "the Sereipheap Thmei (New Liberty) newspaper": a name and its translation in brackets before the noun.
  // A translation is written in words: "(UAE)" before "daily" is a country's initials, "(Bombay)" a place.
  const translation = span.tokens.every((token) => /\p{Ll}/u.test(token.text));
  if (
    span.before === '(' &&
    span.after === ')' &&
    PRESS_AFTER.has(span.next[1]?.toLowerCase() ?? '') &&
    translation &&
    !isPlace(span.tokens.map((token) => token.text).join(' '))
  )
    return true;
  if (span.after === '(') {
    const close = span.ahead.indexOf(')');
    if (close > 1 && close <= 5 && PRESS_AFTER.has(span.ahead[close + 1]?.toLowerCase() ?? '')) return true;
  }
  // "Xinhua news agency said".
  if (span.after === 'news' && span.next[1]?.toLowerCase() === 'agency') return true;
  // "-- Bombay Commodities +91-22-265 9000": a sign-off's desk, before its phone number.
  return span.before === '-' && span.next[0] === '+' && /^\d/.test(span.next[1] ?? '');
}

/*
 * What only a company has: a board, shareholders, subsidiaries, results. "Petofi's board of
 * directors", "general manager of Petofi", "shares in Cofinec" read a bare name as a body where a
 * person has none of these (a spokesman or a stake may be a person's, so they are no cue).
 */
const COMPANY_OWNS = new Set(
  'board chairman chairwoman shareholders stockholders subsidiary subsidiaries directors earnings revenues profits workforce'.split(
    ' ',
  ),
);

/* Before "of" or "in": what a company has or is ("shares of", "a subsidiary of", "general manager of"). */
const COMPANY_OF = new Set(
  'shares stock shareholders stockholders subsidiary subsidiaries unit board directors chairman chairwoman manager'.split(
    ' ',
  ),
);

/* A company's shares, just after its name. */
const SHARES = new Set(['shares', 'stock']);

/* What "stock" goes on to when it names a market, not a company's shares ("the Nancy stock exchange"). */
const STOCK_MARKETS = new Set(['exchange', 'exchanges', 'market', 'markets', 'index']);

/**
 * "Kessel Oil shares rose", "its two mln Torvalo shares": a company's shares, named by it. A people's
 * are its market's ("Japanese shares"); a common word or a letter says which shares ("Total shares
 * offered", "Blue Chip shares", "Class A shares", "B shares"); "stock" may name a market ("the Vallen stock exchange").
 */
function namesShares(span: Span): boolean {
  if (!SHARES.has(span.after ?? '') || STOCK_MARKETS.has(span.next[1]?.toLowerCase() ?? '')) return false;
  const words = span.tokens.map((token) => token.text);
  return !words.every(isPeoplesWord) && !isCommonWord(words.join(' ')) && !/^\p{Lu}\.?$/u.test(words.at(-1) ?? '');
}

/** Whether the words around a span read it as a company by what it has ("Petofi's board", "shares of Petofi") or is. */
export function companyCue(span: Span): boolean {
  const possessive = span.after === "'s" || span.after === '’s';
  if (possessive && COMPANY_OWNS.has(span.next[1]?.toLowerCase() ?? '')) return true;
  if (namesShares(span)) return true;
  if ((span.before === 'of' || span.before === 'in') && COMPANY_OF.has(span.earlier ?? '')) return true;
  return bodyInApposition(withoutInitials(span.ahead));
}

/*
 * The head nouns of an apposition that make the name before it a body ("Cofinec, the first foreign
 * company", "Sonatrach, the Algerian state petroleum agency", "Hutton LBO, a wholly owned subsidiary").
 * Nouns a person may be too ("producer", "publisher", "maker") are not among them.
 */
const APPOSITION_BODIES = new Set(
  'company firm group concern newspaper daily weekly magazine agency party bank airline carrier insurer retailer broadcaster conglomerate brokerage subsidiary unit organisation organization association movement union watchdog'.split(
    ' ',
  ),
);

/*
 * What may follow the head noun of such an apposition: its end, or a word that goes on about it ("a
 * firm based in ..."); never a verb ("Robert Gibson, the company said" reports speech, it names no one).
 */
const AFTER_HEAD = new Set('that which whose in of based with for and owned controlled listed to from'.split(' '));

/* Words before the head noun that make the apposition a person's ("a spokesman for the company", "head of the group"). */
const NOT_A_BODY = new Set(
  'of for spokesman spokeswoman chairman chairwoman president head director member official executive founder leader editor owner chief analyst'.split(
    ' ',
  ),
);

/* "the Vallen Rights Observatory (VRO), a government watchdog": the name's initials in brackets come before its apposition. */
const withoutInitials = (ahead: readonly string[]): readonly string[] =>
  ahead[0] === '(' && /^\p{Lu}{2,}$/u.test(ahead[1] ?? '') && ahead[2] === ')' ? ahead.slice(3) : ahead;

/** ", the Hungarian printing company": an apposition whose head noun is a body's. */
function bodyInApposition(ahead: readonly string[]): boolean {
  if (ahead[0] !== ',' || !['the', 'a', 'an'].includes(ahead[1] ?? '')) return false;
  for (let index = 2; index < ahead.length; index += 1) {
    const word = ahead[index] ?? '';
    const lower = word.toLowerCase();
    if (NOT_A_BODY.has(lower) || /^[,.;:!?"()]$/u.test(word)) return false;
    if (!APPOSITION_BODIES.has(lower) || word !== lower) continue;
    const following = ahead[index + 1];
    return following === undefined || /^[,.;:!?")]$/u.test(following) || AFTER_HEAD.has(following);
  }
  return false;
}

/* What a market's index is called after the name that qualifies it ("the Dow Jones industrial average"). */
const INDEX_WORDS = new Set(['index', 'indices', 'indexes', 'average', 'averages']);

/* Words between the name and the index word ("industrial", "composite", "100" of "FTSE 100 index"). */
const INDEX_QUALIFIERS = /^(?:industrial|industrials|composite|share|stock|transportation|utilities|utility|\d+)$/u;

/**
 * Whether a span names a market index rather than a body: "the Dow Jones industrial average fell",
 * "London's FTSE 100 index", "the Nikkei average". The index is a figure; the company that publishes it,
 * where the text names it ("Dow Jones and Co said"), is read there.
 */
export function namesIndex(span: Span): boolean {
  const [first = '', second = ''] = span.next.map((word) => word.toLowerCase());
  return INDEX_WORDS.has(first) || (INDEX_QUALIFIERS.test(first) && INDEX_WORDS.has(second));
}

/*
 * What a market reports under initials, just after them: "PIBOR futures", "August MO data", "the PMI
 * survey". Words a body's initials stand before too ("OPEC prices", "EIB bonds", "a NASA contract")
 * are not among them.
 */
const FIGURE_AFTER = new Set('futures data survey figures yield yields'.split(' '));

/** Whether a span of initials names a figure or a market's contract ("BTP futures"), not a body. */
export const namesFigure = (span: Span): boolean => span.tokens.length === 1 && FIGURE_AFTER.has(span.after ?? '');

/*
 * Trades named in the plural: a name they end is the trade's association or a company, never a
 * person or a place ("the Chicago Purchasing Managers' report", "National Corn Growers", "Staff Builders");
 * a place's or a nation's trade is its people ("U.S. Bankers", "Brazilian Growers").
 */
const TRADES = new Set(
  'managers traders dealers bankers brokers producers exporters importers growers farmers workers employers manufacturers refiners shippers builders retailers wholesalers distributors merchants planters millers processors'.split(
    ' ',
  ),
);

/** Whether a name of several words ends in a trade named in the plural, not only a place's ("U.S. Producers"). */
export const endsInTrade = (words: readonly string[]): boolean =>
  words.length > 1 &&
  TRADES.has(words.at(-1)?.toLowerCase() ?? '') &&
  !isPlace(words.slice(0, -1).join(' ')) &&
  !isNationality(words.slice(0, -1).join(' '));

/* Plurals of the words for a company, which a place or a nation before them names in general. */
const FIRM_PLURALS = new Set('companies firms banks corporations'.split(' '));

/** Whether a name is only a place or a nation and companies in the plural ("two U.S. Companies", "Japanese Banks"). */
export const namesFirmsInGeneral = (words: readonly string[]): boolean =>
  words.length > 1 &&
  FIRM_PLURALS.has(words.at(-1)?.toLowerCase() ?? '') &&
  (isPlace(words.slice(0, -1).join(' ')) || isNationality(words.slice(0, -1).join(' ')));
