import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CollectionEntry } from 'astro:content';
import { bodyOf } from '@/loaders/article-loader.ts';
import { hasMdxSyntax } from '@/loaders/mdx-syntax.ts';
import { articleMentions, mentionContextOf } from '@/loaders/mention-context.ts';
import { basePath } from '@/site/href.ts';
import { archive } from './archive.ts';
import { runPageJob } from './page-workers.ts';

/*
 * An article's body is rendered when its page is, from its file, instead of during content sync:
 * Astro bundles the whole content store into the build and holds it until the build ends, and
 * rendered bodies were most of it (27 of 31 MB at 5,000 articles), costing far more memory than
 * their size. The store keeps the entry's digest, which covers the file and its links, so a page
 * is still rendered again exactly when its body would change.
 */

const mentions = mentionContextOf({
  people: [...archive.entitiesById.people.values()],
  organisations: [...archive.entitiesById.organisations.values()],
  events: [...archive.entitiesById.events.values()],
});

/*
 * Markdown is pure CPU work, and Astro renders on one core: the bodies are rendered on another
 * (page-workers.ts), while the main thread renders the pages around them (several are in flight
 * at once, see astro.config.mjs). The worker gets each body with its matcher, built here from the
 * registries, so it loads only the renderer.
 */
/**
 * The HTML of an article's body, its entities' first mentions linked; undefined when the body
 * really uses MDX, which Astro compiles and renders itself (`render` from `astro:content`).
 */
export async function articleBodyHtml(entry: CollectionEntry<'articles'>): Promise<string | undefined> {
  if (entry.filePath === undefined) throw new Error(`article ${entry.id}: the content store has no file for it`);
  // The store's paths are relative to the project root, the folder Astro runs in (astro.config.mjs
  // resolves the content, cache and output folders against it too).
  const source = await readFile(resolve(entry.filePath), 'utf8');
  const body = bodyOf(source, entry.filePath);
  if (hasMdxSyntax(body)) return undefined;
  const matcher = articleMentions(mentions, entry.data).matcher();
  try {
    return await runPageJob({ body: { body, matcher, base: basePath } });
  } catch (error) {
    throw new Error(`${entry.filePath}: the body could not be rendered: ${(error as Error).message}`);
  }
}
