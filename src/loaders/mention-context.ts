import { readFile } from 'node:fs/promises';
import {
  buildMentionMatcher,
  findAmbiguousNames,
  type MentionCandidate,
  type MentionMatcher,
} from '../lib/mentions.ts';
import { entityPath } from '../lib/paths.ts';
import { hasPage } from '../lib/trust.ts';
import { ENTITY_KINDS, type EntityEvidence, type EntityKind } from '../lib/types.ts';

/** The fields of a registry entry that mention linking reads. */
export interface RegistryRecord {
  id: string;
  name: string;
  aliases?: string[];
  status?: string;
  evidence?: EntityEvidence;
}

/** What mention linking knows of the registries: each linkable entity's names, and the shared ones. */
export interface MentionContext {
  names: Map<string, MentionCandidate>;
  ambiguous: Set<string>;
}

/** Reads both registries for mention linking (see {@link mentionContextOf}). */
export async function readMentionContext(registryFiles: Record<EntityKind, string>): Promise<MentionContext> {
  const records = {} as Record<EntityKind, RegistryRecord[]>;
  for (const kind of ENTITY_KINDS) records[kind] = await readRegistry(registryFiles[kind]);
  return mentionContextOf(records);
}

/**
 * What mention linking knows of the registries' entries. Entities without a page ({@link hasPage})
 * are left out, but their names still count towards ambiguity. Schema errors are reported by the
 * registry collections themselves; this only needs the names.
 */
export function mentionContextOf(registries: Record<EntityKind, readonly RegistryRecord[]>): MentionContext {
  const names = new Map<string, MentionCandidate>();
  const all: { kind: EntityKind; id: string; names: string[] }[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const record of registries[kind]) {
      const entityNames = [record.name, ...(record.aliases ?? [])];
      all.push({ kind, id: record.id, names: entityNames });
      const status = record.status === 'auto' || record.status === 'rejected' ? record.status : 'confirmed';
      if (hasPage(kind, { status, evidence: record.evidence })) {
        names.set(`${kind}:${record.id}`, {
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
    (entities[kind] ?? []).map((id) => context.names.get(`${kind}:${id}`)),
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

async function readRegistry(file: string): Promise<RegistryRecord[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  try {
    const records: unknown = JSON.parse(text);
    return Array.isArray(records) ? (records as RegistryRecord[]).filter((r) => typeof r?.id === 'string') : [];
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}
