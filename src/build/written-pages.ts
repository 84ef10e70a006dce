import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articlePageOf, type WrittenPage } from './written-page.ts';

/*
 * Loaded with `node --import` before `astro build` when the build driver listens (src/build/cli.ts
 * starts Astro with an IPC channel): once an article page has been written whole, its path in the
 * output folder is sent to the driver, which passes it to the search step indexing shards while
 * Astro still renders the other pages (src/search/early-cli.ts). Without a channel it does nothing.
 */

const site = resolve(process.env.DATELINE_OUT ?? 'dist');

/** The path `writeFile` was given, as a file path; undefined for a file handle or descriptor. */
function pathOf(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (target instanceof URL) return fileURLToPath(target);
  if (Buffer.isBuffer(target)) return target.toString();
  return undefined;
}

function report(target: unknown): void {
  const path = pathOf(target);
  const page = path === undefined ? undefined : articlePageOf(site, path);
  if (page === undefined || !process.connected) return;
  // A driver that went away only loses the head start, never a page: the search step reads the site.
  process.send?.({ page } satisfies WrittenPage, undefined, undefined, () => undefined);
}

if (process.send !== undefined) {
  const original = fs.promises.writeFile;
  Object.defineProperty(fs.promises, 'writeFile', {
    configurable: true,
    writable: true,
    value: async function (this: unknown, ...args: Parameters<typeof original>) {
      await original.apply(this, args);
      report(args[0]);
    },
  });
  // Modules that import it by name (`import { writeFile } from 'node:fs/promises'`) get this one too.
  syncBuiltinESMExports();
}
