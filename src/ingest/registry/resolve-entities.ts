import type { EntityRecord } from '../../schema/entity.ts';
import {
  acronymKey,
  addAlias,
  addEntity,
  idBySlug,
  idsNamed,
  idsWithGivenName,
  idsWithInitials,
  idsWithSurname,
  isAcronymName,
  nameKey,
  rename,
  surnameKey,
  type EntityTable,
} from './entity-table.ts';
import { hasPage, whyNoPage } from '../../lib/trust.ts';
import { givenNameVariants } from './name-variants.ts';
import { isCommonWord, isKnownSurname, mayBeGivenName } from '../extractor/lexicon.ts';
import { withoutLegalForm, type Extraction, type Mention } from '../extractor/extract-entities.ts';
import type { ReviewNote } from './review-file.ts';
import { toSlug } from '../../lib/slug.ts';
import type { RegisteredKind } from '../extractor/name-kind.ts';

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
}

/**
 * Resolves an article's mentions to registry ids the way a careful editor would, updating `tables`
 * in place: a name or alias finds its entity; a bare surname finds a person only with evidence
 * (see {@link surnameHolder}); an acronym finds the one organisation it abbreviates and a name
 * variant ("Jim Wright") the one person it varies; a new name becomes an `auto` entity with the
 * surfaces seen as aliases. Ambiguous names, surnames without evidence and low-confidence names
 * are not guessed but returned for review. Every auto entity linked gains this article's evidence
 * (see `evidenceSchema`). Rejected entities are never linked; only `auto` entities ever change, so
 * what an editor confirmed is never changed.
 */
export function resolveMentions(extraction: Extraction, tables: Tables, threshold = REVIEW_THRESHOLD): Resolution {
  const result: Resolution = { people: [], organisations: [], places: [], roles: {}, added: [], review: [] };
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
      gather(kind, id, mentions, tables);
      const entity = tables[kind].byId.get(id);
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
  const { tables, threshold, result } = context;
  const table = tables[kind];
  const single = !/\s/.test(mention.name.trim());
  const named = idsNamed(table, mention.name);
  // A bare surname is judged on the evidence below, not on an alias one article gave a person.
  const bare = kind === 'people' && single && !named.some((id) => table.byId.get(id)?.status === 'confirmed');
  const ids = bare ? [...new Set([...named, ...idsWithSurname(table, mention.name)])] : named;
  const all = ids.filter((id) => table.byId.get(id)?.status !== 'rejected').sort();
  if (ids.length > 0 && all.length === 0) return undefined;
  if (mention.confidence < threshold) {
    result.review.push(note(kind, mention, 'low confidence', all));
    return undefined;
  }
  const live = bare ? surnameHolder(mention, all, context) : credible(kind, all, table);
  if (live === 'organisation') {
    result.review.push(note(kind, mention, 'ambiguous', all));
    return undefined;
  }
  if (live.length > 1) {
    result.review.push(note(kind, mention, 'ambiguous', live));
    return undefined;
  }
  const id = live[0] ?? (bare ? undefined : (idBySlug(table, mention.name) ?? variantOf(kind, mention, table)));
  if (id !== undefined) {
    const entity = table.byId.get(id);
    if (entity?.status === 'rejected') return undefined;
    if (entity?.status === 'auto') learn(table, entity, kind, mention);
    return id;
  }
  if (kind === 'people' && single && !(all.length === 0 && isMononym(mention))) {
    result.review.push(note(kind, mention, all.length > 0 ? 'ambiguous' : 'name only', all));
    return undefined;
  }
  const newId = toSlug(mention.name);
  if (newId === '' || /^\d+$/.test(newId)) {
    result.review.push(note(kind, mention, 'no id'));
    return undefined;
  }
  const entity: EntityRecord = { id: newId, name: mention.name, aliases: [], roles: [], status: 'auto' };
  addEntity(table, entity);
  learn(table, entity, kind, mention);
  result.added.push({ kind, id: newId });
  return newId;
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

/*
 * Of the entities a name could mean, those that count: junk and low-evidence entities (no page)
 * never block a real one, so they are set aside whenever an entity with a page is among them.
 */
function credible(kind: RegisteredKind, ids: readonly string[], table: EntityTable): string[] {
  if (ids.length <= 1) return [...ids];
  const real = ids.filter((id) => {
    const entity = table.byId.get(id);
    return entity !== undefined && hasPage(kind, entity);
  });
  return real.length > 0 ? real : [...ids];
}

/* How many more articles the most-named holder of a surname needs than the next to be the one meant. */
const DOMINANT = 3;

/**
 * The person a bare surname ("Baker") names, as a careful editor would decide it: the article never
 * gave the full name (the extractor would have folded the surname into it), so the surname links
 * only when one credible person holds it, or one holds it in far more articles than any other,
 * and no organisation of this article uses the word ("Baker International" is not Howard Baker).
 * Returns the candidates (one to link, several to review, none for "name only"), or `organisation`
 * when the word is an organisation's here.
 */
function surnameHolder(mention: Mention, ids: readonly string[], context: Context): string[] | 'organisation' {
  const word = nameKey(mention.name);
  const competing = context.extraction.organisations.some((organisation) =>
    organisation.surfaces.some((surface) => nameKey(surface).split(' ').includes(word)),
  );
  const table = context.tables.people;
  const holders = credible('people', ids, table);
  if (competing) return 'organisation';
  if (holders.length <= 1) return holders;
  const ranked = holders
    .map((id) => ({ id, articles: table.byId.get(id)?.evidence?.articles ?? 0 }))
    .sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id));
  const [first, second] = ranked;
  if (first && second && first.articles >= DOMINANT * Math.max(1, second.articles)) return [first.id];
  return holders;
}

/*
 * The entity a new name is another form of: an acronym of one organisation's full name ("CIA"),
 * the full name of one organisation known so far by its acronym ("International Coffee
 * Organization" for "ICO", which then takes the full name), a person written with a variant of
 * the given name ("Jim Wright" for James Wright) or with a slip in a long surname. Only when exactly
 * one entity fits.
 */
function variantOf(kind: RegisteredKind, mention: Mention, table: EntityTable): string | undefined {
  const live = (ids: readonly string[]) => ids.filter((id) => table.byId.get(id)?.status !== 'rejected');
  if (kind === 'organisations') {
    if (isAcronymName(mention.name)) {
      const ids = live(idsWithInitials(table, mention.name));
      return ids.length === 1 ? ids[0] : undefined;
    }
    const initials = acronymKey(mention.name);
    if (initials === undefined) return undefined;
    const ids = live(idsNamed(table, initials)).filter((id) => isAcronymName(table.byId.get(id)?.name ?? ''));
    const id = ids.length === 1 ? ids[0] : undefined;
    const entity = id === undefined ? undefined : table.byId.get(id);
    if (entity?.status === 'auto' && idBySlug(table, mention.name) === undefined)
      rename(table, entity.id, mention.name);
    return id;
  }
  const words = nameKey(mention.name).split(' ');
  if (words.length < 2) return undefined;
  const rest = words.slice(1).join(' ');
  const variants = givenNameVariants(words[0] ?? '');
  const familiar = live(idsWithSurname(table, words.at(-1) ?? '')).filter((id) => {
    const other = nameKey(table.byId.get(id)?.name ?? '').split(' ');
    return variants.includes(other[0] ?? '') && other.slice(1).join(' ') === rest;
  });
  if (familiar.length === 1) return familiar[0];
  // A slip in a long surname ("Yasuhiro Nakasome"): one letter off the one person with that given name.
  if (rest.length < SLIP_MIN_LENGTH) return undefined;
  const slips = live(idsWithGivenName(table, words[0] ?? '')).filter((id) => {
    const other = nameKey(table.byId.get(id)?.name ?? '').split(' ');
    return other.length === words.length && oneEditApart(other.slice(1).join(' '), rest);
  });
  return slips.length === 1 ? slips[0] : undefined;
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

/* The opening words of a longer name, two words or more ("Merrill Lynch" of "Merrill Lynch Capital Markets"). */
function openings(name: string): string[] {
  const words = name.split(' ');
  return words.slice(2).map((_, index) => words.slice(0, index + 2).join(' '));
}

/*
 * This article's evidence for an auto entity it links: one more article, one more with a strong
 * cue, one vote for its kind when the text read it so itself; and a vote against any auto entity
 * of the other kind registered under the same name, or, for a person, under the opening words of
 * this organisation's name or its name without the legal form.
 */
function gather(kind: RegisteredKind, id: string, mentions: readonly Mention[], tables: Tables): void {
  const entity = tables[kind].byId.get(id);
  if (entity?.status === 'auto') {
    const evidence = (entity.evidence ??= { articles: 0, cues: 0, people: 0, organisations: 0 });
    evidence.articles += 1;
    if (mentions.some((mention) => mention.cue === true)) evidence.cues += 1;
    if (mentions.some((mention) => mention.vote === true)) evidence[kind] += 1;
  }
  const other = tables[kind === 'people' ? 'organisations' : 'people'];
  const names = new Set(
    mentions
      .flatMap((mention) => [mention.name, ...mention.surfaces])
      .flatMap((name) => (kind === 'organisations' ? [name, withoutLegalForm(name), ...openings(name)] : [name]))
      .filter((name) => name !== undefined)
      .map(nameKey),
  );
  const rivals = new Set([...names].flatMap((name) => idsNamed(other, name)));
  for (const rivalId of rivals) {
    const rival = other.byId.get(rivalId);
    if (rival?.status !== 'auto' || !mentions.some((mention) => mention.vote === true)) continue;
    const evidence = (rival.evidence ??= { articles: 0, cues: 0, people: 0, organisations: 0 });
    evidence[kind] += 1;
  }
}

/* An auto entity gains the spellings and roles this article used for it. */
function learn(table: EntityTable, entity: EntityRecord, kind: RegisteredKind, mention: Mention): void {
  const known = new Set([entity.name, ...entity.aliases].map(nameKey));
  for (const surface of [mention.name, ...mention.surfaces]) {
    const key = nameKey(surface);
    if (known.has(key) || !usableAlias(kind, entity, surface)) continue;
    known.add(key);
    addAlias(table, entity.id, surface);
  }
  for (const role of [...mention.roles].reverse()) {
    if (!entity.roles.includes(role)) entity.roles.unshift(role);
  }
}

/* Aliases are names, not phrases: no commas, and a person's alias contains their surname. */
function usableAlias(kind: RegisteredKind, entity: EntityRecord, surface: string): boolean {
  if (surface.includes(',') || surface.length > 120 || nameKey(surface) === '') return false;
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
