import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { reportingWrites } from './written-page.ts';

/*
 * Loaded with `node --import` before `astro build` when the build driver listens (src/build/cli.ts
 * starts Astro with an IPC channel): once an article page has been written whole, its path in the
 * output folder is sent to the driver, which passes it to the search step indexing shards while
 * Astro still renders the other pages (src/search/early-cli.ts). Without a channel it does nothing.
 */
if (process.send !== undefined) {
  const write = reportingWrites(fs.promises.writeFile, resolve(process.env.DATELINE_OUT ?? 'dist'), (page) => {
    // A driver that went away only loses the head start, never a page: the search step reads the site.
    if (process.connected) process.send?.(page, undefined, undefined, () => undefined);
  });
  Object.defineProperty(fs.promises, 'writeFile', { configurable: true, writable: true, value: write });
  // Modules that import it by name (`import { writeFile } from 'node:fs/promises'`) get this one too.
  syncBuiltinESMExports();
}
