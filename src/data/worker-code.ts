import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/*
 * Astro renders a page again when its cache key or the code its route imports changed, and it
 * knows that code from Vite's module graph. The page worker (src/data/page-worker.ts) is started
 * from its file at run time, outside that graph, so a change to what it runs — a body's rendering,
 * a network's layout — left every page drawn by the old code in place. The digest of its sources
 * joins the keys of the pages that use it. Packages are left out: a lockfile change renders every
 * page again already.
 */

/** Relative imports of a module: `from './x.ts'`, `import './x.ts'`, `import('./x.ts')`. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** `entry` and every source file it imports by a relative path, transitively, with their texts, by path. */
export function sourcesOf(entry: string, root = process.cwd()): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    const path = relative(root, file);
    if (seen.has(path)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(path, text);
    for (const [, specifier] of text.matchAll(IMPORT)) visit(resolve(dirname(file), specifier!));
  };
  visit(resolve(root, entry));
  return new Map([...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A digest of the sources of {@link sourcesOf}, paths included. */
export function sourceDigest(entry: string, root = process.cwd()): string {
  const described = [...sourcesOf(entry, root)].map(([path, text]) => `${path}\u0000${text}`).join('\u0001');
  return hash('sha1', described, 'base64url');
}

/** The digest of the page worker's code, computed once per build. */
export const pageWorkerCode = sourceDigest('src/data/page-worker.ts');
