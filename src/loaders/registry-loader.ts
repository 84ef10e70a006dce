import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { EntityKind } from '../lib/types.ts';
import { readRegistryFile, registrySchemas } from './registry-file.ts';

/**
 * Loads one registry file (`content/people.json` …), a JSON list of entities, with its
 * registry's schema (which the collection takes as its own). Astro's `file()` loader logs a
 * missing or unreadable file and keeps what its cache held, and keeps the last of two entries
 * with one id; this one fails the build with the file named whenever the file is missing or
 * `readRegistryFile` refuses it, cached or not.
 */
export function registryLoader<K extends EntityKind>(
  kind: K,
  file: string,
): Loader & { schema: (typeof registrySchemas)[K] } {
  return {
    name: 'dateline-registry',
    schema: registrySchemas[kind],
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const path = resolve(root, file);
      await syncRegistry(context, kind, file, path, relative(root, path).split(sep).join('/'));
      context.watcher?.add(path);
      context.watcher?.on('all', (_event, changed) => {
        // In the dev server a broken registry is reported and the last good one kept, until it is fixed.
        if (changed === path) {
          syncRegistry(context, kind, file, path, relative(root, path).split(sep).join('/')).catch((error) =>
            context.logger.error(String(error)),
          );
        }
      });
    },
  };
}

/** `file` as given names it in messages; `filePath`, relative to the root, is what Astro's store takes. */
async function syncRegistry(
  context: LoaderContext,
  kind: EntityKind,
  file: string,
  path: string,
  filePath: string,
): Promise<void> {
  const { store, parseData, generateDigest } = context;
  const records = await readRegistryFile(kind, path, file);
  if (records === undefined) {
    throw new Error(`${file}: the registry file is missing (a registry with no entries is [])`);
  }
  // Already read by the schema; parseData gives the entries the collection's own shape, which
  // is the same schema unless the content configuration sets another.
  const entries = [];
  for (const record of records) {
    entries.push({ id: record.id, data: await parseData({ id: record.id, data: record, filePath }) });
  }
  // Replaced whole, never merged: an entry removed from the file must leave the store too.
  store.clear();
  for (const { id, data } of entries) store.set({ id, data, filePath, digest: generateDigest(data) });
}
