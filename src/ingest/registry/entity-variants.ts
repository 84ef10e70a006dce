import { hasPage } from '../../lib/trust.ts';
import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import { isCommonWord, isDictionaryWord, isPlace, mayBeGivenName } from '../extractor/lexicon.ts';
import type { RegisteredKind } from '../extractor/name-kind.ts';
import type { EntityTable } from './entity-table.ts';
import {
  acronymKeys,
  isAcronymName,
  nameKey,
  bareCompanyName,
  surnameKey,
  withoutMiddleInitials,
  withoutNameSuffix,
} from './name-keys.ts';
import { givenNameVariants } from './name-variants.ts';

/**
 * The entity a new name is another form of: an acronym of one organisation's full name ("CIA", or
 * "GM" of General Motors Corp),
 * the full name of one organisation known so far by its acronym, in an article that writes the
 * acronym too ("International Coffee Organization (ICO)" for "ICO", which then takes the full
 * name) or, for a public body's name, in any article ("Federal Bureau of Investigation" for
 * "FBI"), another spelling of an organisation's
 * name ("Organisation of Petroleum Exporting Countries" for the Organization of the Petroleum
 * Exporting Countries), a person written with or without middle initials ("Mario M. Cuomo" for
 * Mario Cuomo) or a suffix ("W.A. Kistler Jr." for W.A. Kistler), with a variant of the given
 * name ("Jim Wright" for James Wright) or with a slip in a long surname. Only when exactly one entity fits, and for initials of two letters only when the
 * article names the organisation both ways (see {@link isShortAcronym}).
 */
export function variantOf(
  kind: RegisteredKind,
  mention: Mention,
  table: EntityTable,
  article: Pick<Extraction, 'organisations'> = { organisations: [mention] },
): string | undefined {
  return kind === 'organisations' ? organisationForm(mention.name, table, article) : personForm(mention.name, table);
}

/*
 * Two letters are the initials of too many names for a match across articles to mean anything:
 * "PC" (a personal computer) had taken Purolator Courier Corp, "CD" (certificates of deposit)
 * Commercial Discount Co Ltd, "A.M." and "N.A." (a time, "not available") a company each, "TA"
 * (of TA Associates) Texas Air Corp. They join a known name only in an article that names the
 * organisation both ways ("GM" beside "General Motors"); three letters or more ("CIA") still join
 * the one known organisation with those initials.
 */
export const isShortAcronym = (name: string) => isAcronymName(name) && nameKey(name).length === 2;

/* The keys of what the article calls its organisations, every surface of each. */
const articleNames = (article: Pick<Extraction, 'organisations'>) =>
  new Set(article.organisations.flatMap((each) => [each.name, ...each.surfaces]).map(nameKey));

function organisationForm(
  name: string,
  table: EntityTable,
  article: Pick<Extraction, 'organisations'>,
): string | undefined {
  const alike = table.live(table.spelledAlike(name));
  if (alike.length === 1) return alike[0];
  const company = sameCompany(name, table);
  if (company !== undefined) return company;
  const slip = organisationSlip(name, table);
  if (slip !== undefined) return slip;
  if (isAcronymName(name)) {
    const ids = table.live(table.withInitials(name));
    const id = ids.length === 1 ? ids[0] : undefined;
    if (id === undefined || !isShortAcronym(name)) return id;
    // The article names the organisation in full too, with or without its legal form.
    const entity = table.get(id);
    const full = [entity?.name ?? '', ...(entity?.aliases ?? [])].filter((each) => !isAcronymName(each));
    const names = articleNames(article);
    return full.some((each) => names.has(nameKey(each)) || names.has(nameKey(bareCompanyName(each)))) ? id : undefined;
  }
  const keys = acronymKeys(name);
  if (keys.length === 0) return undefined;
  const names = articleNames(article);
  const ids = [...new Set(keys.flatMap((key) => table.live(table.named(key))))].filter((id) => {
    const known = table.get(id);
    const acronym = known?.name ?? '';
    /*
     * An organisation known so far by its initials alone takes a full name only where the article
     * writes them too: on the initials alone, "IBC" of four coffee stories (the Brazilian Coffee
     * Institute) had become Interstate Bakeries Corp, "APS" (the Algerian news agency) Allegheny
     * Power System Inc and "BCF" (billion cubic feet) Bancroft Convertible Fund Inc. Two
     * letters (see `isShortAcronym`) also need the archive to have read them as an organisation
     * of their own (a page): "PC" of one story on personal computers, its only claim those
     * letters, had become Purolator Courier Corp in a story that also wrote "the PC courier
     * subsidiary"; "GM" of several stories is General Motors Corp where an article writes both.
     * A public body's full name needs no initials beside it (see `spellsOut`).
     */
    if (known === undefined || !isAcronymName(acronym)) return false;
    if (names.has(nameKey(acronym))) return !isShortAcronym(acronym) || hasPage('organisations', known);
    return spellsOut(name, acronym) && hasPage('organisations', known);
  });
  const id = ids.length === 1 ? ids[0] : undefined;
  const entity = id === undefined ? undefined : table.get(id);
  if (entity?.status === 'auto' && table.idBySlug(name) === undefined) table.rename(entity.id, name);
  return id;
}

/*
 * Words that make a name a public body's ("Federal Bureau of Investigation", "National Aeronautics
 * and Space Administration"), not a company's ("Arizona Public Service", "Interstate Bakeries Corp").
 */
const PUBLIC_BODY_HEADS = new Set([
  'administration',
  'agency',
  'authority',
  'board',
  'bureau',
  'commission',
  'council',
  'institute',
  'organisation',
  'organization',
]);

/*
 * Whether a full name, in an article that does not write the initials, still says it is the body
 * known by them: initials of three letters or more, every capitalised word's, and a public body's
 * word among its words. A body's own name spelt out ("Federal Bureau of Investigation", "National
 * Aeronautics and Space Administration") is the FBI or NASA of other stories, which are read as
 * organisations of their own (a page); a company's initials are its ticker or a coincidence ("IBC"
 * of coffee stories is no Interstate Bakeries Corp, "APS" of the Algerian news agency no Allegheny
 * Power System Inc or Arizona Public Service), so a company still needs the article to write them.
 */
function spellsOut(name: string, acronym: string): boolean {
  return (
    !isShortAcronym(acronym) &&
    nameKey(name)
      .split(' ')
      .some((word) => PUBLIC_BODY_HEADS.has(word))
  );
}

/*
 * A company named with and without its legal form is one ("Trans World Airlines" and "Trans World
 * Airlines Inc.", "USAir Group" and "USAir Group Inc"), whichever came first: the one company the
 * name with a legal form leaves when it is taken off, or the one company known by that name bare,
 * whose name stays the one the archive met first. Only a company some article read as one itself:
 * a word no article read so is likely a piece of another name ("Donaldson" of "Donaldson, Lufkin
 * and Jenrette"), which must not take Donaldson Co Inc. Two legal forms are not one form ("Sandoz
 * AG", "Sandoz Corp"), nor is a name two companies share without one, nor are initials with a legal
 * form ("ICO Inc" is no International Coffee Organization).
 */
function sameCompany(name: string, table: EntityTable): string | undefined {
  const base = bareCompanyName(name);
  if (isAcronymName(base)) return undefined;
  const ids =
    nameKey(base) === nameKey(name)
      ? table.live(table.withCompanyName(name))
      : table.live(table.named(base)).filter((id) => {
          const known = table.get(id)?.name ?? '';
          return nameKey(bareCompanyName(known)) === nameKey(known);
        });
  const id = ids.length === 1 ? ids[0] : undefined;
  const entity = id === undefined ? undefined : table.get(id);
  const readSo = entity?.status === 'confirmed' || (entity?.evidence?.organisations ?? 0) > 0;
  return readSo ? id : undefined;
}

function personForm(name: string, table: EntityTable): string | undefined {
  const words = nameKey(name).split(' ');
  if (words.length < 2) return undefined;
  const initialled = sameButInitials(name, table);
  if (initialled.length === 1) return initialled[0];
  const suffixed = sameButSuffix(name, table);
  if (suffixed.length === 1) return suffixed[0];
  const rest = words.slice(1).join(' ');
  const variants = givenNameVariants(words[0] ?? '');
  const familiar = table.live(table.withSurname(words.at(-1) ?? '')).filter((id) => {
    const other = nameKey(table.get(id)?.name ?? '').split(' ');
    return variants.includes(other[0] ?? '') && other.slice(1).join(' ') === rest;
  });
  if (familiar.length === 1) return familiar[0];
  // A slip in a long surname ("Yasuhiro Nakasome"): one letter off the one person with that given name.
  if (rest.length < SLIP_MIN_LENGTH) return undefined;
  // A suffix is no slip: "Jr" and "Sr" are a letter apart and two people.
  const suffix = suffixOf(name);
  const slips = table.live(table.withGivenName(words[0] ?? '')).filter((id) => {
    const known = table.get(id)?.name ?? '';
    const other = nameKey(known).split(' ');
    return other.length === words.length && suffixOf(known) === suffix && oneEditApart(other.slice(1).join(' '), rest);
  });
  if (slips.length === 1) return slips[0];
  return givenNameSlip(words, table);
}

/*
 * A slip in the given name ("Arland Stangeland" for Arlan Stangeland): the one person with that long
 * surname, a given name one letter off, and at most one of the two a given name of the name lists;
 * two such ("Carl" and "Karl", "Mark" and "Mary") may be two people and are not guessed.
 */
function givenNameSlip(words: readonly string[], table: EntityTable): string | undefined {
  const surname = words.at(-1) ?? '';
  if (words.length !== 2 || surname.length < SLIP_MIN_LENGTH) return undefined;
  const holders = table.live(table.withSurname(surname));
  if (holders.length !== 1) return undefined;
  const other = nameKey(table.get(holders[0] ?? '')?.name ?? '').split(' ');
  const given = words[0] ?? '';
  const theirs = other[0] ?? '';
  const fits =
    other.length === 2 &&
    other[1] === surname &&
    given.length >= 4 &&
    oneEditApart(given, theirs) &&
    !(mayBeGivenName(given) && mayBeGivenName(theirs));
  return fits ? holders[0] : undefined;
}

/*
 * The people whose name is this one with middle initials added or taken away: one of the two has
 * none, so "George H. W. Bush" and "George W. Bush" are never one.
 */
function sameButInitials(name: string, table: EntityTable): string[] {
  const mine = withoutMiddleInitials(name);
  return table.live(table.withSurname(surnameKey(name))).filter((id) => {
    const other = table.get(id)?.name ?? '';
    const theirs = withoutMiddleInitials(other);
    return theirs.key === mine.key && theirs.initials !== mine.initials;
  });
}

/* The suffixes a name ends in, as a key ("jr" of "W.A. Kistler Jr."); empty for none. */
const suffixOf = (name: string) => nameKey(name).slice(withoutNameSuffix(name).key.length).trim();

/*
 * The people whose name is this one with a suffix ("Jr.", "Sr.") added or taken away: one of
 * the two has none, as news writes "W.A. Kistler" and "W.A. Kistler Jr." of one chairman, so "John
 * Pope Jr." and "John Pope Sr." are never one.
 */
function sameButSuffix(name: string, table: EntityTable): string[] {
  const mine = withoutNameSuffix(name);
  if (mine.key.split(' ').length < 2) return [];
  return table.live(table.withSurname(surnameKey(name))).filter((id) => {
    const theirs = withoutNameSuffix(table.get(id)?.name ?? '');
    return theirs.key === mine.key && theirs.suffix !== mine.suffix;
  });
}

/*
 * A slip in one long word of an organisation's name ("International Business Machine Corp",
 * "Piedmont Avaition Inc", "Peidmont Aviation Inc"): every other word the same, that word one letter
 * off, and one organisation with a page named so. Words of a letter or a number ("Trust I", "Trust
 * II"; "Series A", "Series B") and short words ("Inc", "Ltd") are never slips.
 */
function organisationSlip(name: string, table: EntityTable): string | undefined {
  const mine = nameKey(name).split(' ');
  /* The word of `known` one letter off the same place in this name, when every other word is the same. */
  const slipOf = (known: string) => {
    const theirs = nameKey(known).split(' ');
    if (theirs.length !== mine.length) return undefined;
    const differ = mine.flatMap((word, at) => (word === theirs[at] ? [] : [at]));
    const at = differ[0] ?? -1;
    const [word = '', other = ''] = [mine[at], theirs[at]];
    const long = (each: string) => each.length >= SLIP_MIN_LENGTH && /^\p{L}+$/u.test(each);
    return differ.length === 1 && long(word) && long(other) && oneEditApart(word, other) ? { word, other } : undefined;
  };
  const slips = table.live(table.withWordsBut(name)).flatMap((id) => {
    const entity = table.get(id);
    const slip = entity !== undefined && hasPage('organisations', entity) ? slipOf(entity.name) : undefined;
    return entity !== undefined && slip !== undefined ? [{ entity, slip }] : [];
  });
  const [only] = slips;
  if (slips.length !== 1 || only === undefined) return undefined;
  const { entity, slip } = only;
  // Of the two spellings the name is the one more names of the archive use ("Commerce", not
  // "Commerice"), or else the one the lexicon or the dictionary knows ("Maritime", not "Mariotime";
  // "Coordination", not "Coodination"). This name counts for its own spelling, which the table
  // does not hold yet.
  const uses = table.wordUses(slip.word) + 1 - table.wordUses(slip.other);
  const known = (word: string) => isCommonWord(word) || isDictionaryWord(word) || mayBeGivenName(word) || isPlace(word);
  const better = uses > 0 || (uses === 0 && known(slip.word) && !known(slip.other));
  if (entity.status === 'auto' && better && table.idBySlug(name) === undefined) table.rename(entity.id, name);
  return entity.id;
}

/* Surnames shorter than this differ by a letter too often to be one person's ("Smith", "Smyth"). */
const SLIP_MIN_LENGTH = 7;

/* Whether two strings differ by exactly one letter inserted, dropped, replaced or two swapped. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);
  if (middleA.length <= 1 && middleB.length <= 1) return true;
  return middleA.length === 2 && middleB.length === 2 && middleA[0] === middleB[1] && middleA[1] === middleB[0];
}
