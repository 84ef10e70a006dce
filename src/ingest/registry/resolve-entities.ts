import type { EntityRecord } from '../../schema/entity.ts';
import { slugOf } from '../slug.ts';
import { whyNoPage } from '../../lib/trust.ts';
import { isCommonWord, isKnownSurname, mayBeGivenName } from '../extractor/lexicon.ts';
import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import type { RegisteredKind } from '../extractor/name-kind.ts';
import { credible, initialsHolders, surnameHolder } from './candidates.ts';
import { gatherEvidence, retypedByVotes } from './entity-evidence.ts';
import { foldGivenNames } from './given-names.ts';
import type { EntityTable } from './entity-table.ts';
import { variantOf } from './entity-variants.ts';
import { endsInSurname, isAcronymName, isParticleSurname, nameKey, surnameKey } from './name-keys.ts';
import { foldParticleSurnames } from './particle-surnames.ts';
import { foldArticleAcronyms } from './article-acronyms.ts';
import { foldCompanyShortNames } from './company-short-names.ts';
import { namesForExtractor } from './names-for-extractor.ts';
import { genericBody, knownBodies, nationalForms } from './national-bodies.ts';
import type { ReviewNote } from './review-file.ts';

/**
 * Mentions the extractor is less sure of than this are neither linked nor added to a registry;
 * they are listed for editors instead. Half way: the extractor's scores put names found by a
 * strong cue (a title, a known alias, an organisation word) above it and bare guesses below.
 */
export const REVIEW_THRESHOLD = 0.5;

/** The two registries, as look-up tables. */
export interface Tables {
  people: EntityTable;
  organisations: EntityTable;
}

/** What one article links to, and what ingest learned for the registries on the way. */
export interface Resolution {
  people: string[];
  organisations: string[];
  places: string[];
  /** The role each person had in this article, by person id. */
  roles: Record<string, string>;
  /** Entities this article added to the registries. */
  added: { kind: RegisteredKind; id: string }[];
  review: ReviewNote[];
  /**
   * Bare surnames left for review because no known person, or no one person, held them yet, and
   * no organisation of the article uses the word: a later article's evidence may settle them
   * (see `relink.ts`).
   */
  pending: Mention[];
}

/**
 * Resolves an article's mentions to registry ids the way a careful editor would, updating `tables`
 * in place: a name or alias finds its entity; a bare surname finds a person only with evidence
 * (see {@link surnameHolder}); an acronym finds the one organisation it abbreviates and a name
 * variant ("Jim Wright") the one person it varies; a new name becomes an `auto` entity with the
 * surfaces seen as aliases; a name the archive's articles read clearly as the other kind is
 * resolved as that kind (see `retypedByVotes`); a short form or a generic body is its country's body
 * (see `nationalForms`); a given name alone is the one person of the article who has it (see
 * `foldGivenNames`); a company's opening words alone are the one company of the article they open
 * (see `foldCompanyShortNames`). Ambiguous names, surnames without evidence and low-confidence names
 * are not guessed but returned for review. Every auto entity linked gains this article's evidence
 * (see `evidenceSchema`). Rejected entities are never linked; only `auto` entities ever change, so
 * what an editor confirmed is never changed.
 */
export function resolveMentions(found: Extraction, tables: Tables, threshold = REVIEW_THRESHOLD): Resolution {
  const result: Resolution = {
    people: [],
    organisations: [],
    places: [],
    roles: {},
    added: [],
    review: [],
    pending: [],
  };
  const index = namesForExtractor(tables).index;
  const retyped = retypedByVotes(found, tables, (words) => index?.opensOrganisation(words) === true);
  const national = nationalForms(retyped, knownBodies(tables.organisations));
  const { whose } = national;
  const folded = foldCompanyShortNames(foldArticleAcronyms(national.extraction), tables.organisations);
  const extraction = foldGivenNames(foldParticleSurnames(folded), tables.people);
  // A generic body ("the Finance Ministry") of an article that does not say whose is left to an editor.
  for (const mention of whose)
    if (mention.confidence >= threshold) result.review.push(note('organisations', mention, 'country unknown'));
  const context: Context = { tables, threshold, result, extraction };
  for (const kind of ['people', 'organisations'] as const) {
    const seen = new Map<string, Mention[]>();
    for (const mention of extraction[kind]) {
      const id = resolveOne(kind, mention, context);
      if (id === undefined) continue;
      if (!result[kind].includes(id)) result[kind].push(id);
      seen.set(id, [...(seen.get(id) ?? []), mention]);
      const role = mention.roles[0];
      if (kind === 'people' && role !== undefined && result.roles[id] === undefined) result.roles[id] = role;
    }
    for (const [id, mentions] of seen) {
      gatherEvidence(kind, id, mentions, tables);
      const entity = tables[kind].get(id);
      const why = entity === undefined ? undefined : whyNoPage(kind, entity);
      if (why === 'weak evidence' || why === 'kind disputed') {
        const confidence = Math.max(...mentions.map((mention) => mention.confidence));
        result.review.push({ kind, name: entity?.name ?? id, reason: why, confidence, candidates: [id] });
      }
    }
  }
  // Places are not registry entities, so an unsure one is simply left out rather than reviewed.
  const placeKeys = new Set<string>();
  for (const place of extraction.places) {
    if (place.confidence < threshold || placeKeys.has(nameKey(place.name))) continue;
    placeKeys.add(nameKey(place.name));
    result.places.push(place.name);
  }
  return result;
}

interface Context {
  tables: Tables;
  threshold: number;
  result: Resolution;
  extraction: Extraction;
}

function resolveOne(kind: RegisteredKind, mention: Mention, context: Context) {
  const { tables, threshold, result, extraction } = context;
  const table = tables[kind];
  // A surname with its particles ("De Croo") is as bare as a one-word one once someone known holds it.
  const single =
    !/\s/.test(mention.name.trim()) ||
    (kind === 'people' && isParticleSurname(mention.name) && table.live(table.withSurname(mention.name)).length > 0);
  // A bare surname is judged on the evidence below, not on an alias one article gave a person;
  // a person known by this one name alone ("Subroto") is named in full, so it is no surname,
  // unless this article gives someone a full name ending in the word ("Bill Clinton", "Clinton").
  const whole = (id: string) => isWholeName(table, id, mention) && !endsFullName(extraction, mention);
  const bare = kind === 'people' && single && !table.named(mention.name).some(whole);
  const { found, live: all } = table.lookup(mention.name, { surname: bare });
  if (found && all.length === 0) return undefined;
  if (mention.confidence < threshold) {
    result.review.push(note(kind, mention, 'low confidence', all));
    return undefined;
  }
  const initials = kind === 'organisations' && isAcronymName(mention.name);
  const live = bare
    ? surnameHolder(mention, all, extraction, table)
    : initials
      ? initialsHolders(all, table)
      : credible(kind, all, table);
  if (live === 'organisation') {
    result.review.push(note(kind, mention, 'ambiguous', all));
    return undefined;
  }
  if (live.length > 1) {
    result.review.push(note(kind, mention, 'ambiguous', live));
    if (bare) result.pending.push(mention);
    return undefined;
  }
  const id =
    live[0] ?? (bare ? undefined : (table.idBySlug(mention.name) ?? variantOf(kind, mention, table, extraction)));
  if (id !== undefined) {
    const entity = table.get(id);
    if (entity?.status === 'rejected') return undefined;
    if (entity?.status === 'auto') learn(table, entity, kind, mention);
    return id;
  }
  if (kind === 'people' && single && !(all.length === 0 && isMononym(mention))) {
    result.review.push(note(kind, mention, all.length > 0 ? 'ambiguous' : 'name only', all));
    if (bare) result.pending.push(mention);
    return undefined;
  }
  const newId = slugOf(mention.name);
  if (newId === '' || /^\d+$/.test(newId)) {
    result.review.push(note(kind, mention, 'no id'));
    return undefined;
  }
  const entity: EntityRecord = { id: newId, name: mention.name, aliases: [], roles: [], status: 'auto' };
  table.add(entity);
  learn(table, entity, kind, mention);
  result.added.push({ kind, id: newId });
  return newId;
}

/* Whether an entity is named by this one word: confirmed under it, or known by it alone. */
function isWholeName(table: EntityTable, id: string, mention: Mention): boolean {
  const entity = table.get(id);
  if (entity === undefined || entity.status === 'rejected') return false;
  return entity.status === 'confirmed' || nameKey(entity.name) === nameKey(mention.name);
}

/* Whether the article names a person in full whose name ends in this surname ("Clinton", "De Croo"). */
function endsFullName(extraction: Extraction, mention: Mention): boolean {
  return extraction.people.some((person) => endsInSurname(person.name, mention.name));
}

/*
 * A one-word name given a title of its own that is no surname or given name the lexicon knows
 * ("President Suharto", "Minister Subroto"): someone known by one name, not a surname cut short.
 */
function isMononym(mention: Mention): boolean {
  const name = mention.name.trim();
  return (
    mention.roles.length > 0 &&
    mention.cue === true &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(name) &&
    !isKnownSurname(name) &&
    !mayBeGivenName(name) &&
    !isCommonWord(name)
  );
}

/** An auto entity gains the spellings and roles this article used for it. */
export function learn(table: EntityTable, entity: EntityRecord, kind: RegisteredKind, mention: Mention): void {
  const names = [mention.name, ...mention.surfaces].filter((surface) => usableAlias(kind, entity, surface));
  table.learn(entity.id, names, mention.roles);
}

/*
 * Aliases are names, not phrases: no commas, and a person's alias contains their surname. A generic
 * body ("Finance Ministry") is no alias of one country's, or every later article would read it so.
 */
function usableAlias(kind: RegisteredKind, entity: EntityRecord, surface: string): boolean {
  if (surface.includes(',') || surface.length > 120 || nameKey(surface) === '') return false;
  if (genericBody(surface) !== undefined && nameKey(surface) !== nameKey(entity.name)) return false;
  return kind !== 'people' || nameKey(surface).split(' ').includes(surnameKey(entity.name));
}

function note(
  kind: RegisteredKind,
  mention: Mention,
  reason: ReviewNote['reason'],
  candidates: string[] = [],
): ReviewNote {
  return { kind, name: mention.name, reason, confidence: mention.confidence, candidates };
}
