import type { EntityTable } from './aliases.ts';
import type { ExtractOptions, KnownName } from './extract.ts';
import type { Tables } from './resolve.ts';

const cache = new WeakMap<Tables, { versions: string; options: ExtractOptions }>();

/**
 * What the extractor is told about the registries: the names and aliases of every entity not
 * rejected (so known people are found by surname or alias), and every rejected name and alias
 * (so it is never extracted again). Rebuilt only when a registry has gained a name.
 */
export function knownNames(tables: Tables): ExtractOptions {
  const versions = `${tables.people.version}:${tables.organisations.version}`;
  const cached = cache.get(tables);
  if (cached?.versions === versions) return cached.options;
  const options: ExtractOptions = {
    known: { people: live(tables.people), organisations: live(tables.organisations) },
    rejected: [...tables.people.byId.values(), ...tables.organisations.byId.values()]
      .filter((entity) => entity.status === 'rejected')
      .flatMap((entity) => [entity.name, ...entity.aliases]),
  };
  cache.set(tables, { versions, options });
  return options;
}

function live(table: EntityTable): KnownName[] {
  return [...table.byId.values()]
    .filter((entity) => entity.status !== 'rejected')
    .map(({ id, name, aliases }) => ({ id, name, aliases: [...aliases] }));
}
