import { z } from 'astro/zod';
import { compareText } from '../../lib/compare.ts';
import { findRegistryProblems } from '../../lib/registry-checks.ts';
import { entitySchema, type eventSchema, type EntityRecord } from '../../schema/entity.ts';

/* The fields ingest knows, in the order they are written; fields editors add come after, kept. */
const FIELD_ORDER = [
  'id',
  'name',
  'aliases',
  'description',
  'roles',
  'status',
  'evidence',
  'series',
  'ordinal',
] as const;

/**
 * Reads a registry file (`people.json`, `organisations.json`, `events.json` with `eventSchema`),
 * checked with the site's schema and registry checks so ingest never builds on a registry the
 * site would refuse. Fields the schema does not know are kept, so rewriting the file never drops
 * what an editor added.
 */
export function parseRegistry(
  text: string,
  file: string,
  schema: typeof entitySchema | typeof eventSchema = entitySchema,
): EntityRecord[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(json)) throw new Error(`${file}: must be a JSON array of entities`);
  const entities = json.map((raw: unknown, index) => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}: entry ${index + 1}: ${z.prettifyError(parsed.error)}`);
    return { ...(raw as Record<string, unknown>), ...parsed.data };
  });
  const problems = findRegistryProblems(entities);
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return entities;
}

/** A registry as written: sorted by id, fields in a fixed order, 2-space JSON, final newline. */
export function serialiseRegistry(entities: Iterable<EntityRecord>): string {
  const sorted = [...entities].sort((a, b) => compareText(a.id, b.id));
  return `${JSON.stringify(sorted.map(orderFields), null, 2)}\n`;
}

function orderFields(entity: EntityRecord): Record<string, unknown> {
  const source = entity as EntityRecord & Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) if (source[field] !== undefined) ordered[field] = source[field];
  for (const [field, value] of Object.entries(source)) if (!(field in ordered)) ordered[field] = value;
  return ordered;
}
