import {
  buildMentionMatcher,
  findAmbiguousNames,
  type MentionCandidate,
  type MentionMatcher,
} from '../lib/mentions.ts';
import { entityKey } from '../lib/co-occurrence.ts';
import { entityPath } from '../lib/paths.ts';
import { hasPage } from '../lib/trust.ts';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../lib/types.ts';
import { readRegistryFile } from './registry-file.ts';

/** The fields of a registry entry that mention linking reads. */
export type RegistryRecord = Pick<Entity, 'id' | 'name' | 'aliases' | 'status' | 'evidence'>;

/** What mention linking knows of the registries: each linkable entity's names, and the shared ones. */
export interface MentionContext {
  names: Map<string, MentionCandidate>;
  ambiguous: Set<string>;
}

/**
 * Reads the registries for mention linking (see {@link mentionContextOf}) with the registry
 * collections' reader and schemas, so a registry they refuse is refused here too, with the file
 * and the reason named. A missing registry reads as empty: the registry collection fails the build for it,
 * and in the dev server the articles keep building meanwhile.
 */
export async function readMentionContext(registryFiles: Record<EntityKind, string>): Promise<MentionContext> {
  const records = {} as Record<EntityKind, RegistryRecord[]>;
  for (const kind of ENTITY_KINDS) {
    records[kind] = (await readRegistryFile(kind, registryFiles[kind], registryFiles[kind])) ?? [];
  }
  return mentionContextOf(records);
}

/**
 * What mention linking knows of the registries' entries. Entities without a page ({@link hasPage})
 * are left out, but their names still count towards ambiguity.
 */
export function mentionContextOf(registries: Record<EntityKind, readonly RegistryRecord[]>): MentionContext {
  const names = new Map<string, MentionCandidate>();
  const all: { kind: EntityKind; id: string; names: string[] }[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const record of registries[kind]) {
      const entityNames = [record.name, ...record.aliases];
      all.push({ kind, id: record.id, names: entityNames });
      if (hasPage(kind, record)) {
        names.set(entityKey(kind, record.id), {
          kind,
          id: record.id,
          path: entityPath(kind, record.id),
          names: entityNames,
        });
      }
    }
  }
  return { names, ambiguous: findAmbiguousNames(all) };
}

/**
 * The matcher for one article's entities, with a key that changes exactly when something that
 * affects its links changes (its entities' names, or whether a name became ambiguous), so the
 * render cache is not thrown away every time ingest adds an unrelated entity.
 */
export function articleMentions(
  context: MentionContext,
  entities: Record<EntityKind, string[]>,
): { matcher: () => MentionMatcher | undefined; key: string } {
  const candidates = ENTITY_KINDS.flatMap((kind) =>
    (entities[kind] ?? []).map((id) => context.names.get(entityKey(kind, id))),
  ).filter((candidate) => candidate !== undefined);
  const ambiguousHere = candidates
    .flatMap((candidate) => candidate.names)
    .filter((name) => context.ambiguous.has(name));
  return {
    // Built only when the article is rendered again: most builds find it unchanged.
    matcher: () => buildMentionMatcher(candidates, context.ambiguous),
    key: JSON.stringify([candidates, ambiguousHere]),
  };
}
