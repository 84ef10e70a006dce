import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureDist } from './build-fixture.ts';

/** A search index folder of a built site: the first shard's `pagefind/`, then `pagefind-2/` and on. */
const SEARCH_FOLDER = /^pagefind(-\d+)?$/;

/** Every file of the search index folders of `site`, by site-relative path, with its bytes (base64). */
export function searchFiles(site: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const folder of readdirSync(site).filter((name) => SEARCH_FOLDER.test(name))) {
    for (const file of readdirSync(join(site, folder), { recursive: true, encoding: 'utf8' })) {
      const path = join(site, folder, file);
      if (statSync(path).isFile()) files.set(join(folder, file), readFileSync(path, 'base64'));
    }
  }
  return files;
}

/** A copy of the built fixture at `work`/`name` with no search index, to index afresh. */
export function unindexedFixture(work: string, name: string): string {
  const site = join(work, name);
  cpSync(fixtureDist, site, { recursive: true, filter: (source) => !/[/\\]pagefind(-\d+)?$/.test(source) });
  return site;
}
