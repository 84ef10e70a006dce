import { slugOf } from '../slug.ts';
import type { EntityRecord } from '../../schema/entity.ts';
import { acronymKeys, endsInSurname, nameKey, spellingKey, surnameKey, bareCompanyName } from './name-keys.ts';

/* The extractor compares names in the registry's form; it keeps importing the key from here. */
export { nameKey } from './name-keys.ts';

/** What a name could mean in one registry: whether any entity goes by it, and those not rejected. */
export interface Lookup {
  found: boolean;
  /** Ids of the entities not rejected, sorted. */
  live: string[];
}

/**
 * One registry held while ingest runs, with the look-ups resolution asks of it and the ways it
 * learns: entities by id, by every name and alias, by the slug of their name (two spellings that
 * slug alike are one entity), people by surname and by first given name, organisations by the
 * initials of their name. Records are shared, not copied: what the table learns is what the
 * registry file will hold.
 */
export class EntityTable {
  readonly #byId = new Map<string, EntityRecord>();
  readonly #byKey = new Map<string, Set<string>>();
  readonly #bySlug = new Map<string, string>();
  readonly #bySurname = new Map<string, Set<string>>();
  /* People by their first given name ("james" for James Wright), to catch a slip in the surname. */
  readonly #byGiven = new Map<string, Set<string>>();
  /* Organisations by the initials of their name ("cia"), to join an acronym to its expansion. */
  readonly #byAcronym = new Map<string, Set<string>>();
  /* Companies by every name or alias written with a legal form, without it ("trans world airlines"). */
  readonly #byCompany = new Map<string, Set<string>>();
  /* Entities by the spelling key of every name and alias ("organization of petroleum exporting countries"). */
  readonly #bySpelling = new Map<string, Set<string>>();
  /* Entities by each name of several words with one word left out ("international business * corp"), to catch a slip in that word. */
  readonly #byWordsBut = new Map<string, Set<string>>();
  /* How many names and aliases hold each word, to tell a word's usual spelling from a slip. */
  readonly #wordUses = new Map<string, number>();
  /* Every name and alias in the order it was added, so callers can catch up on just the new ones. */
  readonly #log: { id: string; name: string }[] = [];

  constructor(entities: Iterable<EntityRecord> = []) {
    for (const entity of entities) this.add(entity);
  }

  /** Goes up whenever a name or alias is added, so callers can cache what they derive. */
  get version(): number {
    return this.#log.length;
  }

  /** How many entities the table holds. */
  get size(): number {
    return this.#byId.size;
  }

  /** The names and aliases added since the table had this version, with their entity's id. */
  namesSince(version: number): readonly { id: string; name: string }[] {
    return this.#log.slice(version);
  }

  /** The entity with this id. */
  get(id: string): EntityRecord | undefined {
    return this.#byId.get(id);
  }

  /** Whether an entity has this id. */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** Every entity, in the order added. */
  entities(): IterableIterator<EntityRecord> {
    return this.#byId.values();
  }

  /** Adds an entity, indexing its name and aliases. */
  add(entity: EntityRecord): void {
    this.#byId.set(entity.id, entity);
    const slug = slugOf(entity.name);
    if (!this.#bySlug.has(slug)) this.#bySlug.set(slug, entity.id);
    for (const name of [entity.name, ...entity.aliases]) this.#index(name, entity.id);
    if (entity.status !== 'rejected' && /\s/.test(entity.name.trim())) {
      addTo(this.#bySurname, surnameKey(entity.name), entity.id);
      addTo(this.#byGiven, nameKey(entity.name).split(' ')[0] ?? '', entity.id);
      for (const initials of acronymKeys(entity.name)) addTo(this.#byAcronym, initials, entity.id);
    }
  }

  /** Ids of the entities whose name or an alias has this name's key. */
  named(name: string): string[] {
    return [...(this.#byKey.get(nameKey(name)) ?? [])];
  }

  /**
   * What a name could mean: the entities named so, and with `surname` also every person whose
   * full name ends in this word.
   */
  lookup(name: string, options: { surname?: boolean } = {}): Lookup {
    const named = this.named(name);
    const ids = options.surname === true ? [...new Set([...named, ...this.withSurname(name)])] : named;
    return { found: ids.length > 0, live: this.live(ids).sort() };
  }

  /** These ids without those of rejected entities. */
  live(ids: readonly string[]): string[] {
    return ids.filter((id) => this.#byId.get(id)?.status !== 'rejected');
  }

  /**
   * Ids of people with a full name ending in this surname: a single word, or a surname with its
   * particles ("De Croo" finds Herman De Croo, not Jan Croo).
   */
  withSurname(surname: string): string[] {
    const ids = [...(this.#bySurname.get(surnameKey(surname)) ?? [])];
    if (!/\s/.test(surname.trim())) return ids;
    return ids.filter((id) => endsInSurname(this.#byId.get(id)?.name ?? '', surname));
  }

  /** Ids of the entities whose name starts with this given name. */
  withGivenName(given: string): string[] {
    return [...(this.#byGiven.get(nameKey(given)) ?? [])];
  }

  /** Ids of the entities with a name or alias spelt like this one (see `spellingKey`). */
  spelledAlike(name: string): string[] {
    return [...(this.#bySpelling.get(spellingKey(name)) ?? [])];
  }

  /** Ids of the entities with a name or alias that is this name and a legal form ("Texas Air" of "Texas Air Corp"). */
  withCompanyName(name: string): string[] {
    return [...(this.#byCompany.get(nameKey(name)) ?? [])];
  }

  /** Ids of the entities with a name or alias of as many words that has every word of this name but one. */
  withWordsBut(name: string): string[] {
    const ids = new Set<string>();
    for (const pattern of wordsButPatterns(nameKey(name)))
      for (const id of this.#byWordsBut.get(pattern) ?? []) ids.add(id);
    return [...ids];
  }

  /** How many names and aliases in the table hold this word (as a key: "commerce"). */
  wordUses(word: string): number {
    return this.#wordUses.get(word) ?? 0;
  }

  /** Ids of the organisations whose full name has these initials. */
  withInitials(acronym: string): string[] {
    return [...(this.#byAcronym.get(nameKey(acronym)) ?? [])];
  }

  /** The id of an entity whose id or name slugs the same as this name, if any. */
  idBySlug(name: string): string | undefined {
    const slug = slugOf(name);
    return this.#byId.has(slug) ? slug : this.#bySlug.get(slug);
  }

  /** Gives an entity a fuller display name, keeping the old one as an alias; the id never changes. */
  rename(id: string, name: string): void {
    const entity = this.#byId.get(id);
    if (!entity) return;
    const old = entity.name;
    entity.name = name;
    const slug = slugOf(name);
    if (!this.#bySlug.has(slug)) this.#bySlug.set(slug, id);
    this.#index(name, id);
    if (!entity.aliases.some((alias) => nameKey(alias) === nameKey(old))) entity.aliases.push(old);
    for (const initials of acronymKeys(name)) addTo(this.#byAcronym, initials, id);
  }

  /** Records another alias of an entity already in the table. */
  addAlias(id: string, alias: string): void {
    const entity = this.#byId.get(id);
    if (!entity) return;
    entity.aliases.push(alias);
    this.#index(alias, id);
  }

  /**
   * An entity learns what an article called it: each name it does not yet go by becomes an alias,
   * in order, and each role it does not yet have goes first, the article's first role foremost.
   */
  learn(id: string, names: readonly string[], roles: readonly string[] = []): void {
    const entity = this.#byId.get(id);
    if (!entity) return;
    const known = new Set([entity.name, ...entity.aliases].map(nameKey));
    for (const name of names) {
      const key = nameKey(name);
      if (known.has(key)) continue;
      known.add(key);
      this.addAlias(id, name);
    }
    for (const role of [...roles].reverse()) {
      if (!entity.roles.includes(role)) entity.roles.unshift(role);
    }
  }

  #index(name: string, id: string): void {
    const key = nameKey(name);
    this.#log.push({ id, name });
    if (key !== '') addTo(this.#byKey, key, id);
    const spelling = spellingKey(name);
    if (spelling !== '') addTo(this.#bySpelling, spelling, id);
    const company = nameKey(bareCompanyName(name));
    if (company !== key && company !== '') addTo(this.#byCompany, company, id);
    for (const pattern of wordsButPatterns(key)) addTo(this.#byWordsBut, pattern, id);
    for (const word of new Set(key.split(' '))) this.#wordUses.set(word, (this.#wordUses.get(word) ?? 0) + 1);
  }
}

/* A name key of several words with each word in turn left out ("international * machines corp"). */
function wordsButPatterns(key: string): string[] {
  const words = key.split(' ');
  if (words.length < 2) return [];
  return words.map((_, at) => words.map((word, index) => (index === at ? '*' : word)).join(' '));
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const ids = map.get(key);
  if (ids) ids.add(id);
  else map.set(key, new Set([id]));
}
