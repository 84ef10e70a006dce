import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from './pagefind.ts';

/*
 * `node src/search/cli.ts`: indexes the site `astro build` wrote (DATELINE_OUT, or dist/) for
 * search. `npm run build` runs it right after Astro; a separate process because Astro holds the
 * whole archive in memory until it exits, and Pagefind needs as much again for its index.
 */
const site = resolve(process.env.DATELINE_OUT ?? 'dist');
if (!existsSync(site)) {
  console.error(`[dateline:pagefind] ${site} does not exist: run astro build first`);
  process.exit(1);
}
const log = (message: string) => console.log(`[dateline:pagefind] ${message}`);
try {
  await indexSite(site, { info: log, debug: () => undefined });
} catch (error) {
  console.error(`[dateline:pagefind] ${(error as Error).message}`);
  process.exit(1);
}
