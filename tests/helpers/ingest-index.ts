import { INDEX_FILE } from '../../src/ingest/registry/article-index.ts';

/**
 * The article index with its stamps left out: they name the file system's own clock (or, on the
 * memory file system, its own counter), so two runs that write the same content differ there and
 * only there. What the index says of each article must still match.
 */
export function comparableIndex(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const { version, articles } = JSON.parse(text) as { version: number; articles: Record<string, string[]> };
  return { version, articles: Object.fromEntries(Object.entries(articles).map(([id, entry]) => [id, entry.slice(1)])) };
}

/** Whether `path` is the article index. */
export function isIndexFile(path: string): boolean {
  return path === INDEX_FILE || path.endsWith(`/${INDEX_FILE}`);
}
