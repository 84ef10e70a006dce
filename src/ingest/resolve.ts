import type { EntityRecord } from '../schema/entity.ts';
import {
  addAlias,
  addEntity,
  idBySlug,
  idsNamed,
  idsWithSurname,
  nameKey,
  surnameKey,
  type EntityTable,
} from './aliases.ts';
import type { Extraction, Mention } from './extract.ts';
import type { ReviewNote } from './review.ts';
import { toSlug } from '../lib/slug.ts';

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
  added: { kind: 'people' | 'organisations'; id: string }[];
  review: ReviewNote[];
}

/**
 * Resolves an article's mentions to registry ids, updating `tables` in place: a name or alias
 * (or, for a one-word person name, the surname of exactly one known person) finds its entity; a
 * new name becomes an `auto` entity with the surfaces seen as aliases. Ambiguous names, surnames
 * never given in full, and low-confidence names are not guessed but returned for review.
 * Rejected entities are never linked; only `auto` entities ever gain aliases or roles, so what an
 * editor confirmed is never changed.
 */
export function resolveMentions(extraction: Extraction, tables: Tables, threshold = REVIEW_THRESHOLD): Resolution {
  const result: Resolution = { people: [], organisations: [], places: [], roles: {}, added: [], review: [] };
  for (const kind of ['people', 'organisations'] as const) {
    for (const mention of extraction[kind]) {
      const id = resolveOne(kind, mention, tables[kind], threshold, result);
      if (id === undefined) continue;
      if (!result[kind].includes(id)) result[kind].push(id);
      const role = mention.roles[0];
      if (kind === 'people' && role !== undefined && result.roles[id] === undefined) result.roles[id] = role;
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

type Kind = 'people' | 'organisations';

function resolveOne(kind: Kind, mention: Mention, table: EntityTable, threshold: number, result: Resolution) {
  const single = !/\s/.test(mention.name.trim());
  let ids = idsNamed(table, mention.name);
  if (ids.length === 0 && kind === 'people' && single) ids = idsWithSurname(table, mention.name);
  const live = ids.filter((id) => table.byId.get(id)?.status !== 'rejected').sort();
  if (ids.length > 0 && live.length === 0) return undefined;
  if (mention.confidence < threshold) {
    result.review.push(note(kind, mention, 'low confidence', live));
    return undefined;
  }
  if (live.length > 1) {
    result.review.push(note(kind, mention, 'ambiguous', live));
    return undefined;
  }
  const id = live[0] ?? idBySlug(table, mention.name);
  if (id !== undefined) {
    const entity = table.byId.get(id);
    if (entity?.status === 'rejected') return undefined;
    if (entity?.status === 'auto') learn(table, entity, kind, mention);
    return id;
  }
  if (kind === 'people' && single) {
    result.review.push(note(kind, mention, 'name only'));
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

/* An auto entity gains the spellings and roles this article used for it. */
function learn(table: EntityTable, entity: EntityRecord, kind: Kind, mention: Mention): void {
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
function usableAlias(kind: Kind, entity: EntityRecord, surface: string): boolean {
  if (surface.includes(',') || surface.length > 120 || nameKey(surface) === '') return false;
  return kind !== 'people' || nameKey(surface).split(' ').includes(surnameKey(entity.name));
}

function note(kind: Kind, mention: Mention, reason: ReviewNote['reason'], candidates: string[] = []): ReviewNote {
  return { kind, name: mention.name, reason, confidence: mention.confidence, candidates };
}
