import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
import { linkingCacheCopies } from './cache-copies.ts';

/*
 * Loaded with `node --import` before `astro build` (see steps.ts), after unshare-writes.ts: the copy
 * of each page Astro writes into its incremental cache becomes a second name of the page's file
 * (cache-copies.ts). Every archive's Astro cache lies under node_modules/.astro (src/site/config.ts).
 */
const write = linkingCacheCopies(
  fs.promises.writeFile,
  resolve(process.env.DATELINE_OUT ?? 'dist'),
  resolve('node_modules', '.astro'),
);
Object.defineProperty(fs.promises, 'writeFile', { configurable: true, writable: true, value: write });
// Modules that import it by name (`import { writeFile } from 'node:fs/promises'`) get this one too.
syncBuiltinESMExports();
