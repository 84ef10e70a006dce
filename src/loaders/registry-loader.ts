import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { findRegistryProblems } from '../lib/registry-checks.ts';
import type { Entity } from '../lib/types.ts';

/**
 * Loads one registry file (`content/people.json` …), a JSON list of entities. Astro's `file()`
 * loader logs a missing or unreadable file and keeps what its cache held, and keeps the last of
 * two entries with one id; this one fails the build with the file named whenever the file is
 * missing, is not a JSON list, or breaks a registry rule (`findRegistryProblems`), cached or not.
 */
export function registryLoader(file: string): Loader {
  return {
    name: 'dateline-registry',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const path = resolve(root, file);
      await syncRegistry(context, file, path, relative(root, path).split(sep).join('/'));
      context.watcher?.add(path);
      context.watcher?.on('all', (_event, changed) => {
        // In the dev server a broken registry is reported and the last good one kept, until it is fixed.
        if (changed === path) {
          syncRegistry(context, file, path, relative(root, path).split(sep).join('/')).catch((error) =>
            context.logger.error(String(error)),
          );
        }
      });
    },
  };
}

/** `file` as given names it in messages; `filePath`, relative to the root, is what Astro's store takes. */
async function syncRegistry(context: LoaderContext, file: string, path: string, filePath: string): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const records = await readRecords(file, path);
  const entries: { id: string; data: Record<string, unknown> }[] = [];
  for (const [index, record] of records.entries()) {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || id === '') throw new Error(`${file}: entry ${index + 1} has no "id"`);
    entries.push({ id, data: await parseData({ id, data: record as Record<string, unknown>, filePath }) });
  }
  const problems = findRegistryProblems(entries.map(({ data }) => data as unknown as Entity));
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  // Replaced whole, never merged: an entry removed from the file must leave the store too.
  store.clear();
  for (const { id, data } of entries) store.set({ id, data, filePath, digest: generateDigest(data) });
}

async function readRecords(file: string, path: string): Promise<unknown[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`${file}: the registry file is missing (a registry with no entries is [])`);
    throw new Error(`${file}: cannot be read: ${(error as Error).message}`);
  }
  let records: unknown;
  try {
    records = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(records)) throw new Error(`${file}: must be a JSON list of entries ([ … ])`);
  return records as unknown[];
}
