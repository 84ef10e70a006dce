import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { hasMdxSyntax } from './mdx-syntax.ts';

/** Bump when the rendering below changes, so cached entries are rendered again. */
const RENDER_VERSION = 'articles-1';

interface ArticleLoaderOptions {
  /** Folder of `.mdx` articles, relative to the project root. */
  base: string;
}

/**
 * Loads `content/articles/**\/*.mdx`. Ingested articles are plain prose with every Markdown and
 * MDX character escaped, so their bodies go through the Markdown renderer during content sync
 * (cached by digest) instead of each becoming a compiled JavaScript module, which is what made
 * MDX archives slow and memory-hungry. An entry that really uses MDX (JSX, expressions, ESM) is
 * still compiled as MDX through Astro's deferred rendering.
 */
export function articleLoader({ base }: ArticleLoaderOptions): Loader {
  return {
    name: 'dateline-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      await syncAll(context, root, dir);
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) void syncAll(context, root, dir);
      });
    },
  };
}

async function syncAll(context: LoaderContext, root: string, dir: string): Promise<void> {
  const files = await listMdxFiles(dir);
  const seen = new Set<string>();
  for (const file of files) {
    const id = relative(dir, file).slice(0, -'.mdx'.length).split(sep).join('/');
    seen.add(id);
    await syncOne(context, id, relative(root, file).split(sep).join('/'), file);
  }
  for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
}

async function syncOne(context: LoaderContext, id: string, filePath: string, absolutePath: string) {
  const { store, parseData, generateDigest, renderMarkdown } = context;
  const source = await readFile(absolutePath, 'utf8');
  const digest = generateDigest(RENDER_VERSION + source);
  if (store.get(id)?.digest === digest) return;

  const { frontmatter, body } = splitFrontmatter(source, filePath);
  const data = await parseData({ id, data: frontmatter, filePath });
  if (hasMdxSyntax(body)) {
    store.set({ id, data, body, filePath, digest, deferredRender: true });
    return;
  }
  const rendered = await renderMarkdown(body);
  store.set({ id, data, filePath, digest, rendered });
}

async function listMdxFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return names
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(dir, name))
    .sort();
}

/** Splits `---` YAML front matter from the body; the error names the file. */
export function splitFrontmatter(
  source: string,
  filePath: string,
): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) throw new Error(`${filePath}: missing front matter (the file must start with a --- block)`);
  let frontmatter: unknown;
  try {
    frontmatter = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new Error(`${filePath}: front matter is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter)) {
    throw new Error(`${filePath}: front matter must be a YAML mapping of fields`);
  }
  return { frontmatter: frontmatter as Record<string, unknown>, body: source.slice(match[0].length) };
}
