import type { ExtractOptions } from '../extractor/extract-entities.ts';
import { NameIndex } from './name-index.ts';
import type { Tables } from './resolve-entities.ts';
import type { EntityRecord } from '../../schema/entity.ts';
import type { RegisteredKind } from '../extractor/name-kind.ts';
import { isDemonym, isPlace } from '../extractor/lexicon.ts';

/* Articles whose own reading must agree on an entity's kind before its name is typed by the registry alone. */
const KIND_VOTES = 2;

/**
 * Whether an entity's registry may type its name where an article reads the name otherwise: when an
 * editor confirmed it, or when the articles that read it themselves clearly agree on its kind
 * (one sports report filing a town as a club is not enough).
 */
export function typesItsName(kind: RegisteredKind, entity: EntityRecord): boolean {
  if (entity.status === 'confirmed') return true;
  const own = entity.evidence?.[kind] ?? 0;
  const other = entity.evidence?.[kind === 'people' ? 'organisations' : 'people'] ?? 0;
  return own >= KIND_VOTES && own > 2 * other;
}

/**
 * Whether the extractor is told an entity's names: every entity not rejected, except an `auto`
 * organisation named only by a place or a nationality ("London", "English"). Such a name is an
 * organisation only where the text plays it as one (a town's club in a sports report), which the
 * text shows by itself; told as a registered name, the registry's kind would outweigh every later
 * article that reads it as a place or as no name at all.
 */
export function toldToExtractor(kind: RegisteredKind, entity: EntityRecord): boolean {
  if (entity.status === 'rejected') return false;
  if (entity.status !== 'auto' || kind !== 'organisations') return true;
  return !isPlace(entity.name) && !isDemonym(entity.name);
}

interface State {
  versions: string;
  index: NameIndex;
  /* The version of each registry the index has read up to. */
  read: { people: number; organisations: number };
  options: ExtractOptions;
}

const states = new WeakMap<Tables, State>();

/**
 * What the extractor is told about the registries: an index of the names and aliases of every
 * entity not rejected (so known people are found by surname or alias), and every rejected name
 * and alias (so it is never extracted again). The index only grows: when a registry has gained
 * names since the last article, just those are added, so the thousandth article costs no more
 * than the first.
 */
export function namesForExtractor(tables: Tables): ExtractOptions {
  const versions = `${tables.people.version}:${tables.organisations.version}`;
  let state = states.get(tables);
  if (state?.versions === versions) return state.options;
  if (!state) {
    const rejected = [...tables.people.entities(), ...tables.organisations.entities()]
      .filter((entity) => entity.status === 'rejected')
      .flatMap((entity) => [entity.name, ...entity.aliases]);
    const index = new NameIndex();
    state = { versions, index, read: { people: 0, organisations: 0 }, options: { index, rejected } };
    states.set(tables, state);
  }
  for (const kind of ['people', 'organisations'] as const) {
    const table = tables[kind];
    for (const { id, name } of table.namesSince(state.read[kind])) {
      const entity = table.get(id);
      if (entity && toldToExtractor(kind, entity))
        state.index.add(kind, entity.name, name, () => typesItsName(kind, entity));
    }
    state.read[kind] = table.version;
  }
  state.versions = versions;
  state.options = { ...state.options };
  return state.options;
}
