import { NAME_SUFFIXES } from '../../lib/compare.ts';
import { isCountry } from '../extractor/lexicon.ts';
import { LEGAL_FORMS } from '../extractor/word-lists.ts';
import { remembered } from '../remembered.ts';

/**
 * The form names are compared in: Unicode-normalised, case-folded, full stops and a final
 * possessive dropped, spaces collapsed, so "I.B.M." matches "IBM" and "Putin's" matches "Putin".
 */
export const nameKey: (name: string) => string = remembered((name) =>
  name
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'s?$/i, '')
    .replace(/\./g, '')
    .trim()
    .toLowerCase(),
);

/* Legal forms written out, as their usual short forms: one form, however a story spells it. */
const SHORT_LEGAL_FORMS: Readonly<Record<string, string>> = {
  company: 'co',
  corporation: 'corp',
  incorporated: 'inc',
  limited: 'ltd',
};

/**
 * The form two spellings of one organisation's name share: the name key with "&" read as "and",
 * hyphens, commas and "the" dropped, -isation spelt -ization and a legal form written out read as
 * its short form, so "Organisation of Petroleum Exporting Countries", "Organization of the Petroleum Exporting
 * Countries" and "Organisation for Economic Co-operation" and "Organization for Economic
 * Cooperation" meet, as do "General Electric Company" and "General Electric Co". A firm named
 * "and Co" is that firm with or without the legal form after it: "Kidder, Peabody and Co Inc" is
 * "Kidder Peabody and Co", as "Merrill Lynch and Co Inc" is "Merrill Lynch and Co" (the form is how
 * the partnership was incorporated, not another company; other legal forms stay apart, see
 * `sameCompany`). Words run together or apart are one spelling ("PaineWebber", "Paine Webber"). A key
 * to compare by, never shown.
 */
export function spellingKey(name: string): string {
  return nameKey(name)
    .replace(/&/g, ' and ')
    .replace(/[-,]/g, '')
    .replace(/isation/g, 'ization')
    .replace(/\bthe\b/g, ' ')
    .replace(/\b(?:company|corporation|incorporated|limited)\b/g, (form) => SHORT_LEGAL_FORMS[form] ?? form)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ and co (?:inc|corp|ltd|plc)$/, ' and co')
    .replace(/ /g, '');
}

/**
 * A person's name as keys without the initials between the first and the last word ("Mario M.
 * Cuomo" → "mario cuomo", "John W. Johnstone Jr" → "john johnstone jr"), and whether it had any.
 */
export function withoutMiddleInitials(name: string): { key: string; initials: boolean } {
  const words = nameKey(name).split(' ');
  const kept = words.filter((word, at) => at === 0 || at === words.length - 1 || word.length > 1);
  return { key: kept.join(' '), initials: kept.length < words.length };
}

/*
 * The suffixes that follow a surname: "Jr." and "Sr.", not a numeral, which follows a regnal name
 * too ("Pope John Paul II", whose "Paul" is no surname to find him by in "Paul, Weiss, Rifkind").
 */
const SURNAME_SUFFIXES = new Set([...NAME_SUFFIXES].filter((suffix) => !/^[ivx]+$/.test(suffix)));

/**
 * A person's name as a key without the suffixes that follow the surname ("Stewart Bainum Jr." →
 * "stewart bainum"), and whether it had any; a suffix alone stays.
 */
export function withoutNameSuffix(name: string): { key: string; suffix: boolean } {
  const words = nameKey(name).split(' ');
  let end = words.length;
  while (end > 1 && SURNAME_SUFFIXES.has(words[end - 1] ?? '')) end -= 1;
  return { key: words.slice(0, end).join(' '), suffix: end < words.length };
}

/**
 * The surname of a person's name, as a key: its last word before any suffix ("Rajnath Singh" →
 * "singh", "Stewart Bainum Jr." → "bainum"), so a bare "Bainum" finds the man a text names with "Jr.".
 */
export function surnameKey(name: string): string {
  return withoutNameSuffix(name).key.split(' ').at(-1) ?? '';
}

/*
 * Words that open a surname rather than stand for a given name ("Herman De Croo", "Gerhard de
 * Kock", "Hans van den Broek", "Miguel de la Madrid"): written before the surname alone, they are
 * part of it.
 */
const SURNAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'der',
  'den',
  'di',
  'da',
  'das',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
]);

/**
 * Whether a name is a surname with its particles and nothing else ("De Croo", "van den Broek"):
 * the way a text names, after the full name, someone whose surname has them.
 */
export function isParticleSurname(name: string): boolean {
  const words = nameKey(name).split(' ');
  return words.length > 1 && words.slice(0, -1).every((word) => SURNAME_PARTICLES.has(word));
}

/**
 * Whether a person's full name ends in this surname, one word ("Singh") or several with their
 * particles ("De Croo" of "Herman De Croo"), before any suffix ("Jr."), and has a given name before it.
 */
export function endsInSurname(fullName: string, surname: string): boolean {
  const full = withoutNameSuffix(fullName).key;
  const tail = nameKey(surname);
  return tail !== '' && full.length > tail.length && full.endsWith(` ${tail}`);
}

/**
 * The initials a name may be written as, as keys: those of a name of three capitalised words or
 * more ("Central Intelligence Agency" → "cia"; "Securities and Exchange Commission" → "sec"), and
 * those of a company's name without its legal form, two words or more ("General Motors Corp" →
 * "gm" as well as "gmc"). None for shorter names, whose initials say too little.
 */
export function acronymKeys(name: string): string[] {
  const words = name.split(/[\s-]+/);
  const keys: string[] = [];
  const full = capitalised(words);
  if (full.length >= 3) keys.push(initials(full));
  const end = legalFormStart(words, 0);
  const company = capitalised(words.slice(0, end));
  if (end < words.length && company.length >= 2 && !keys.includes(initials(company))) keys.push(initials(company));
  const office = officeOfInitials(words.slice(0, end));
  if (office !== undefined && !keys.includes(office)) keys.push(office);
  return keys;
}

/* The heads of a government's offices whose initials keep the "of" of their names. */
const OFFICE_HEADS = new Set(['bank', 'department', 'ministry']);

/*
 * A department, ministry or bank named "of" its subject is known by initials that keep the "of"
 * ("DOT" of the Department of Transportation, "BOJ" of the Bank of Japan, "MOF" of the Ministry of
 * Finance), and by them without the country that may open its name ("U.S. Department of
 * Transportation").
 */
function officeOfInitials(words: readonly string[]): string | undefined {
  const start = words.length > 0 && isCountry(words[0] ?? '') ? 1 : 0;
  const [head = '', of = '', ...subject] = words.slice(start);
  if (!OFFICE_HEADS.has(head.toLowerCase()) || of !== 'of' || subject.length === 0) return undefined;
  if (!subject.every((word) => /^\p{Lu}/u.test(word) || word === 'and')) return undefined;
  return initials([head, of, ...capitalised(subject)]);
}

/**
 * A registered company's name without the legal forms that end it ("General Motors Corp" →
 * "General Motors", "Merrill Lynch and Co Inc" → "Merrill Lynch": the "and" that joined the form
 * goes with it), always a name, to compare registry names by. Not the extractor's
 * `withoutLegalForm` (short-forms.ts), which gives no short form that is a common word or a place,
 * since it judges what a text may call the company.
 */
export function bareCompanyName(name: string): string {
  const words = name.trim().split(/\s+/);
  let end = legalFormStart(words, 1);
  if (end < words.length && end > 1 && /^(?:and|&)$/i.test(words[end - 1] ?? '')) end -= 1;
  return words.slice(0, end).join(' ');
}

/** Where the legal forms that end `words` begin, keeping at least `keep` words. */
function legalFormStart(words: readonly string[], keep: number): number {
  let end = words.length;
  while (end > keep && LEGAL_FORMS.has((words[end - 1] ?? '').toLowerCase())) end -= 1;
  return end;
}

const capitalised = (words: readonly string[]) => words.filter((word) => /^\p{Lu}/u.test(word));
const initials = (words: readonly string[]) => words.map((word) => word[0]?.toLowerCase()).join('');

/** Whether a name is written as an acronym ("CIA", "I.C.O."). */
export const isAcronymName = (name: string) => /^\p{Lu}{2,6}$/u.test(name.replace(/\./g, ''));
