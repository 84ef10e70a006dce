import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readJsonFile } from './json-file.ts';

/**
 * Loads `content/review.json`, the names ingest left for an editor, so a profile can say when some
 * of its entity's mentions await review. The file is absent when there is nothing to review.
 * Each entry's id is its kind, reason and name, which ingest keeps unique.
 */
export function reviewLoader(file: string): Loader {
  return {
    name: 'dateline-review',
    load: async ({ config, store, parseData, watcher }) => {
      // `file` may be absolute (DATELINE_CONTENT anywhere) or relative to the project.
      const path = resolve(fileURLToPath(config.root), file);
      const sync = async () => {
        const entries = (await readJsonFile(path, file)) ?? [];
        if (!Array.isArray(entries)) throw new Error(`${file}: must be a JSON array of review entries`);
        store.clear();
        for (const [index, raw] of entries.entries()) {
          const entry = raw as { kind?: unknown; reason?: unknown; name?: unknown };
          const id = `${String(entry.kind)}/${String(entry.reason)}/${String(entry.name)}/${index}`;
          store.set({ id, data: await parseData({ id, data: raw as Record<string, unknown>, filePath: file }) });
        }
      };
      await sync();
      watcher?.add(path);
      watcher?.on('all', (_event, changed) => {
        if (changed === path) void sync();
      });
    },
  };
}
