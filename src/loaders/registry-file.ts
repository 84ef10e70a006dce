import type { z } from 'astro/zod';
import { printableLines } from '../lib/printable.ts';
import { findRegistryProblems } from '../lib/registry-checks.ts';
import type { EntityKind } from '../lib/types.ts';
import { entitySchema, eventSchema } from '../schema/entity.ts';
import { readJsonFile } from './json-file.ts';

/** The schema of each registry's entries: events may belong to a numbered series. */
export const registrySchemas = {
  people: entitySchema,
  organisations: entitySchema,
  events: eventSchema,
} as const satisfies Record<EntityKind, typeof entitySchema | typeof eventSchema>;

/** One registry entry as its registry's schema reads it. */
export type RegistryEntry = z.output<(typeof registrySchemas)[EntityKind]>;

/**
 * Reads one registry file (`content/people.json` …): its entries, each read by its registry's
 * schema, or undefined when the file does not exist (a registry must, but saying so is the
 * registry collection's job). The same reader serves the registry collections and the article
 * text's mention links, so both see one registry. Fails, naming `file` (the path as the content
 * configuration gives it), when the file cannot be read, is not valid JSON or not a JSON list, an
 * entry has no id or breaks the schema (every such entry and field is listed), or the registry
 * breaks a rule of its own (`findRegistryProblems`: ids used twice, all-digit ids, names that
 * slug alike).
 */
export async function readRegistryFile(
  kind: EntityKind,
  path: string,
  file: string,
): Promise<RegistryEntry[] | undefined> {
  const records = await readJsonFile(path, file);
  if (records === undefined) return undefined;
  if (!Array.isArray(records)) throw new Error(`${file}: must be a JSON list of entries ([ … ])`);
  const schema = registrySchemas[kind];
  const entries: RegistryEntry[] = [];
  const problems: string[] = [];
  for (const [index, record] of records.entries()) {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') {
      problems.push(`${file}: entry ${index + 1} has no "id"`);
      continue;
    }
    const parsed = schema.safeParse(record);
    if (parsed.success) entries.push(parsed.data);
    for (const issue of parsed.error?.issues ?? []) {
      problems.push(`${file}: entry ${index + 1} ("${id}"): ${issue.path.join('.') || '(entry)'}: ${issue.message}`);
    }
  }
  if (problems.length === 0) {
    const rules = findRegistryProblems(entries);
    if (rules.length > 0) problems.push(`${file}: ${rules.join('; ')}`);
  }
  // Ids and names are data: nothing in them may act on the terminal that shows the error.
  if (problems.length > 0) throw new Error(printableLines(problems.join('\n')));
  return entries;
}
