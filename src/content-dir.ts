/**
 * The folder the site is built from. `DATELINE_CONTENT` lets tests and benchmarks build another
 * archive (a fixture, a synthetic one) with the same code; everyone else gets `content/`. It may
 * be relative to the project root or absolute, inside the project or anywhere else: loaders
 * resolve it against the root, never join it to the root.
 */
export const contentDir = process.env.DATELINE_CONTENT ?? 'content';

/**
 * Astro's cache folder for a content folder, relative to the project root: each archive keeps its
 * own, so builds of different archives never reuse each other's entries or pages.
 */
export function cacheDirFor(content: string): string {
  return content === 'content'
    ? './node_modules/.astro'
    : `./node_modules/.astro/${content.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
