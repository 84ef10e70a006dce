import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import { isCountry } from '../extractor/lexicon.ts';
import type { EntityTable } from './entity-table.ts';
import { COUNTRY_FORMS, countryOf, isNationality } from './countries.ts';
import { isAcronymName, nameKey } from './name-keys.ts';

/*
 * Every country has a Treasury, a Finance Ministry and a Central Bank, so those names alone say
 * nothing about whose. Filed under the bare name they would make one archive-wide entity lumping
 * every country's ministry together, and a reader following it would find Tokyo's and Paris's
 * ministry on one page. The article usually says whose: it names the body with its country
 * elsewhere ("the U.S. Treasury") or names one country only. Then the body is that country's;
 * otherwise it is not linked but left to an editor.
 */

/* Short forms of one country's bodies whose initials or words are not those of the body's name. */
const SHORT_FORMS: Readonly<Record<string, string>> = {
  fed: 'Federal Reserve',
  'federal reserve board': 'Federal Reserve',
  'federal reserve system': 'Federal Reserve',
  'us federal reserve': 'Federal Reserve',
  usda: 'U.S. Agriculture Department',
};

/*
 * A country's own bank, named so in many countries: the Reserve Bank of New Zealand, of Australia
 * and of South Africa, the Swiss, Belgian and Hungarian National Banks, the Export-Import Banks of
 * the U.S., Japan and Brazil.
 */
const COUNTRY_BANKS = new Set(['Central', 'Reserve', 'National', 'Export-Import']);

/**
 * The body a generic name stands for, in its one word order: "Treasury" (also "Treasury
 * Department"), "Finance Ministry" (also "Ministry of Finance"), "Agriculture Department", "Central
 * Bank", "Reserve Bank", "National Bank".
 */
export function genericBody(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  const [first = '', second = '', third = ''] = words;
  const subject = (word: string) => /^\p{Lu}\p{Ll}+$/u.test(word) && countryOf(word) === undefined;
  if (words.length === 1 && first === 'Treasury') return 'Treasury';
  if (words.length === 2 && first === 'Treasury' && second === 'Department') return 'Treasury';
  if (words.length === 2 && COUNTRY_BANKS.has(first) && second === 'Bank') return `${first} Bank`;
  if (words.length === 2 && subject(first) && (second === 'Ministry' || second === 'Department')) return name.trim();
  if (words.length === 3 && (first === 'Ministry' || first === 'Department') && second === 'of' && subject(third)) {
    return `${third} ${first}`;
  }
  if (words.join(' ') === 'Department of the Treasury') return 'Treasury';
  return undefined;
}

/*
 * A name split into the country it opens with and the rest ("U.S. Treasury" → "U.S.", "Treasury"),
 * and the form it is written in ("u.s", "american").
 */
function qualified(name: string): { country: string; form: string; rest: string } | undefined {
  const key = nameKey(name);
  for (const form of COUNTRY_FORMS) {
    if (!key.startsWith(`${form} `)) continue;
    const words = form.split(' ').length;
    const rest = name.trim().split(/\s+/).slice(words).join(' ');
    return { country: countryOf(form) ?? form, form, rest };
  }
  return undefined;
}

/*
 * "American" and "America" open names of their own ("American Stock Exchange", "American Express",
 * "America West Airlines"), not a qualifier as "U.S." is ("U.S. Congress"): dropped, they had filed
 * the American Stock Exchange under a "Stock Exchange" the registry knew from another city's.
 */
const NAMING_FORMS = new Set(['american', 'america']);

/** What the organisations registry knows of a name. */
export interface KnownBodies {
  /** Some live organisation has this name or alias. */
  isKnown: (name: string) => boolean;
  /** An editor confirmed an organisation with this name or alias. */
  isConfirmed: (name: string) => boolean;
}

/** What an organisations table knows of a name. */
export function knownBodies(table: EntityTable): KnownBodies {
  return {
    isKnown: (name) => table.lookup(name).live.length > 0,
    isConfirmed: (name) => table.named(name).some((id) => table.get(id)?.status === 'confirmed'),
  };
}

/** What `nationalForms` made of an article's organisations. */
export interface NationalForms {
  extraction: Extraction;
  /** Generic bodies of an article that does not say whose. */
  whose: Mention[];
}

/**
 * An article's organisations with the forms of one country's bodies made one: a short form ("Fed",
 * "USDA") is the body it stands for, a generic body is its country's when the article says which
 * ("Treasury" beside "U.S. Treasury", or in a story naming one country only), named as that country
 * names it ("U.S. Treasury"); a body a country's name opens that is not generic ("U.S. Congress")
 * is the body when the registry knows it without the country. Mentions that become one merge; a
 * nationality alone ("English") is no organisation and goes.
 */
export function nationalForms(extraction: Extraction, registry: KnownBodies): NationalForms {
  const countries = articleCountries(extraction);
  const whose: Mention[] = [];
  const renamed: Mention[] = [];
  for (const mention of extraction.organisations) {
    if (isNationality(mention.name)) continue;
    const name = nationalName(mention.name, countries, registry) ?? knownInitials(mention, registry);
    if (name === null) whose.push(mention);
    else
      renamed.push(
        name === mention.name ? mention : { ...mention, name, surfaces: [...mention.surfaces, mention.name] },
      );
  }
  return { extraction: { ...extraction, organisations: merged(renamed) }, whose };
}

/* The name a mention is filed under; null when it is a generic body of no country the article names. */
function nationalName(name: string, countries: readonly string[], registry: KnownBodies): string | null {
  const short = SHORT_FORMS[nameKey(name)];
  if (short !== undefined) return short;
  const parts = qualified(name);
  if (parts !== undefined) {
    const body = genericBody(parts.rest);
    if (body !== undefined) return `${parts.country} ${body}`;
    const rest = SHORT_FORMS[nameKey(parts.rest)] ?? parts.rest;
    const qualifier = parts.country === 'U.S.' && !NAMING_FORMS.has(parts.form);
    return qualifier && (registry.isKnown(rest) || rest !== parts.rest) ? rest : name;
  }
  const body = genericBody(name);
  // An editor who confirmed the bare name (an archive of one country) has said whose it is.
  if (body === undefined || registry.isConfirmed(name)) return name;
  const [country, ...others] = countries;
  return country !== undefined && others.length === 0 ? `${country} ${body}` : null;
}

/*
 * "the Department of Transportation (DOT)" in a story naming no country: initials the registry
 * knows, written beside the generic name, say whose body it is, as the name with its country would.
 */
function knownInitials(mention: Mention, registry: KnownBodies): string | null {
  return mention.surfaces.find((surface) => isAcronymName(surface) && registry.isKnown(surface)) ?? null;
}

/*
 * The countries an article says its generic bodies belong to: those its own qualified bodies name
 * ("the U.S. Treasury"), else the countries it names at all.
 */
function articleCountries(extraction: Extraction): string[] {
  const own = new Set<string>();
  for (const mention of extraction.organisations) {
    const parts = qualified(mention.name);
    if (parts !== undefined && genericBody(parts.rest) !== undefined) own.add(parts.country);
  }
  if (own.size > 0) return [...own];
  const named = new Set<string>();
  for (const place of extraction.places) {
    const country = isCountry(place.name) ? countryOf(place.name) : undefined;
    if (country !== undefined) named.add(country);
  }
  return [...named];
}

/* Mentions of one name as one: every surface and role in order, the surest confidence and cue. */
function merged(mentions: readonly Mention[]): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const mention of mentions) {
    const key = nameKey(mention.name);
    const before = byKey.get(key);
    if (before === undefined) {
      byKey.set(key, mention);
      continue;
    }
    byKey.set(key, {
      ...before,
      surfaces: [...new Set([...before.surfaces, ...mention.surfaces])],
      roles: [...new Set([...before.roles, ...mention.roles])],
      confidence: Math.max(before.confidence, mention.confidence),
      ...(before.cue === true || mention.cue === true ? { cue: true } : {}),
      ...(before.vote === true || mention.vote === true ? { vote: true } : {}),
    });
  }
  return [...byKey.values()];
}
