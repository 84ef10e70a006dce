import { toSlug } from '../../lib/slug.ts';
import type { EntityRecord } from '../../schema/entity.ts';

/**
 * One registry held for look-ups while ingest runs: entities by id, by every name and alias, by
 * the slug of their name (two spellings that slug alike are one entity), and people by surname.
 */
export interface EntityTable {
  byId: Map<string, EntityRecord>;
  byKey: Map<string, Set<string>>;
  bySlug: Map<string, string>;
  bySurname: Map<string, Set<string>>;
  /** People by their first given name ("james" for James Wright), to catch a slip in the surname. */
  byGiven: Map<string, Set<string>>;
  /** Organisations by the initials of their name ("cia" for Central Intelligence Agency), to join an acronym to its expansion. */
  byAcronym: Map<string, Set<string>>;
  /** Goes up whenever a name or alias is added, so callers can cache what they derive. */
  version: number;
  /** Every name and alias in the order it was added, so callers can catch up on just the new ones. */
  log: { id: string; name: string }[];
}

/**
 * The form names are compared in: Unicode-normalised, case-folded, full stops and a final
 * possessive dropped, spaces collapsed, so "I.B.M." matches "IBM" and "Putin's" matches "Putin".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'s?$/i, '')
    .replace(/\./g, '')
    .trim()
    .toLowerCase();
}

/** The last word of a person's name, as a key ("Rajnath Singh" → "singh"). */
export function surnameKey(name: string): string {
  const words = nameKey(name).split(' ');
  return words.at(-1) ?? '';
}

/** Builds the look-up table of one registry. */
export function buildTable(entities: readonly EntityRecord[]): EntityTable {
  const table: EntityTable = {
    byId: new Map(),
    byKey: new Map(),
    bySlug: new Map(),
    bySurname: new Map(),
    byAcronym: new Map(),
    byGiven: new Map(),
    version: 0,
    log: [],
  };
  for (const entity of entities) addEntity(table, entity);
  return table;
}

/** Adds an entity, indexing its name and aliases. */
export function addEntity(table: EntityTable, entity: EntityRecord): void {
  table.byId.set(entity.id, entity);
  const slug = toSlug(entity.name);
  if (!table.bySlug.has(slug)) table.bySlug.set(slug, entity.id);
  for (const name of [entity.name, ...entity.aliases]) indexName(table, name, entity.id);
  if (entity.status !== 'rejected' && /\s/.test(entity.name.trim())) {
    addTo(table.bySurname, surnameKey(entity.name), entity.id);
    addTo(table.byGiven, nameKey(entity.name).split(' ')[0] ?? '', entity.id);
    const initials = acronymKey(entity.name);
    if (initials !== undefined) addTo(table.byAcronym, initials, entity.id);
  }
}

/**
 * The initials of a name of three capitalised words or more, as a key ("Central Intelligence
 * Agency" → "cia"; "Securities and Exchange Commission" → "sec"); undefined for shorter names,
 * whose initials say too little.
 */
export function acronymKey(name: string): string | undefined {
  const capitals = name.split(/[\s-]+/).filter((word) => /^\p{Lu}/u.test(word));
  return capitals.length >= 3 ? capitals.map((word) => word[0]?.toLowerCase()).join('') : undefined;
}

/** Whether a name is written as an acronym ("CIA", "I.C.O."). */
export const isAcronymName = (name: string) => /^\p{Lu}{2,6}$/u.test(name.replace(/\./g, ''));

/** Ids of the entities whose name starts with this given name. */
export function idsWithGivenName(table: EntityTable, given: string): string[] {
  return [...(table.byGiven.get(nameKey(given)) ?? [])];
}

/** Ids of the organisations whose full name has these initials. */
export function idsWithInitials(table: EntityTable, acronym: string): string[] {
  return [...(table.byAcronym.get(nameKey(acronym)) ?? [])];
}

/** Gives an entity a fuller display name, keeping the old one as an alias; the id never changes. */
export function rename(table: EntityTable, id: string, name: string): void {
  const entity = table.byId.get(id);
  if (!entity) return;
  const old = entity.name;
  entity.name = name;
  const slug = toSlug(name);
  if (!table.bySlug.has(slug)) table.bySlug.set(slug, id);
  indexName(table, name, id);
  if (!entity.aliases.some((alias) => nameKey(alias) === nameKey(old))) entity.aliases.push(old);
  const initials = acronymKey(name);
  if (initials !== undefined) addTo(table.byAcronym, initials, id);
}

/** Records another alias of an entity already in the table. */
export function addAlias(table: EntityTable, id: string, alias: string): void {
  const entity = table.byId.get(id);
  if (!entity) return;
  entity.aliases.push(alias);
  indexName(table, alias, id);
}

/** Ids of the entities whose name or an alias has this name's key. */
export function idsNamed(table: EntityTable, name: string): string[] {
  return [...(table.byKey.get(nameKey(name)) ?? [])];
}

/** Ids of people with a full name whose last word is this single word. */
export function idsWithSurname(table: EntityTable, word: string): string[] {
  return [...(table.bySurname.get(nameKey(word)) ?? [])];
}

/** The id of an entity whose id or name slugs the same as this name, if any. */
export function idBySlug(table: EntityTable, name: string): string | undefined {
  const slug = toSlug(name);
  return table.byId.has(slug) ? slug : table.bySlug.get(slug);
}

function indexName(table: EntityTable, name: string, id: string): void {
  const key = nameKey(name);
  table.version += 1;
  table.log.push({ id, name });
  if (key !== '') addTo(table.byKey, key, id);
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}
