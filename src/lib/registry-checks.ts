import { findSlugCollisions } from './slug.ts';
import type { Entity } from './types.ts';

/**
 * Problems in one registry that would break pages: two entities whose names slug to the same id
 * (their pages would merge), the same id twice, and all-digit ids, which would clash with the
 * index's page numbers (`/people/2/`). Returned as readable sentences.
 */
export function findRegistryProblems(entities: readonly Entity[]): string[] {
  const problems: string[] = [];
  const seenIds = new Set<string>();
  for (const entity of entities) {
    if (seenIds.has(entity.id)) problems.push(`id "${entity.id}" is used by more than one entry`);
    seenIds.add(entity.id);
    if (/^\d+$/.test(entity.id)) problems.push(`id "${entity.id}" is all digits, which page numbers use`);
  }
  for (const { slug, names } of findSlugCollisions(entities.map((entity) => entity.name))) {
    problems.push(`names "${names[0]}" and "${names[1]}" both slug to "${slug}"`);
  }
  return problems;
}
