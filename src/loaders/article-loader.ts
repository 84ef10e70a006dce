import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { printableLines } from '../lib/printable.ts';
import type { EntityKind } from '../lib/types.ts';
import { articleSchema } from '../schema/article.ts';
import { hasMdxSyntax } from './mdx-syntax.ts';
import { readFilesAt, type ReadFiles } from './read-files.ts';
import { articleMentions, readMentionContext, type MentionContext } from './mention-context.ts';
import { walkFiles } from '../walk-files.ts';

/** Bump when the rendering below changes, so cached entries are rendered again. */
const RENDER_VERSION = 'articles-6';

/** How content sync reads an article file; tests count the reads. */
export interface ArticleFiles {
  /** The file's text. */
  read(path: string): Promise<string>;
  /** Which file the path names, as last written: changes whenever the file does (see {@link fileStamp}). */
  stamp(path: string): Promise<string>;
}

interface ArticleLoaderOptions {
  /** Folder of `.mdx` articles, relative to the project root or absolute. */
  base: string;
  /** Registry files (relative to the project root or absolute) whose names are linked in article text. */
  registries: Record<EntityKind, string>;
  /** The file system, unless a test gives another. */
  files?: ArticleFiles;
}

/**
 * A file's inode, size, modification and change times. Editors, git and ingest all give a changed
 * file a new modification or change time (the change time cannot be set back by hand), so an
 * article whose stamp is the one it had when last read holds the bytes it held then.
 */
export async function fileStamp(path: string): Promise<string> {
  // Synchronous: content sync stamps every article of the archive on every build, and through the
  // promise API each stat is a trip to the thread pool: 20,000 took 0.4-1.0 CPU s that way, 0.07 s so.
  const stats = statSync(path, { bigint: true });
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

const nodeFiles: ArticleFiles = { read: (path) => readFile(path, 'utf8'), stamp: fileStamp };

/**
 * Loads `content/articles/**\/*.mdx`. Ingested articles are plain prose with every Markdown and
 * MDX character escaped, so their bodies are rendered by the Markdown renderer when their page is
 * (src/data/article-body.ts) instead of each becoming a compiled JavaScript module, which is what
 * made MDX archives slow and memory-hungry. An entry that really uses MDX (JSX, expressions, ESM)
 * is still compiled as MDX through Astro's deferred rendering.
 */
export function articleLoader({ base, registries, files = nodeFiles }: ArticleLoaderOptions): Loader {
  return {
    name: 'dateline-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      // `resolve`, not `join`: joined to the root, an absolute folder named nothing, and the site was empty.
      const dir = resolve(root, base);
      const registryFiles = {
        people: resolve(root, registries.people),
        organisations: resolve(root, registries.organisations),
        events: resolve(root, registries.events),
      };
      // Read once; the dev server's syncs after a change keep using it.
      const readFiles = readFilesAt(fileURLToPath(new URL(READ_FILES, context.config.cacheDir)), (message) =>
        context.logger.warn(message),
      );
      const sync = () =>
        keepingWriteForLast(context, async () =>
          syncAll(context, files, readFiles, root, dir, await readMentionContext(registryFiles)),
        );
      await sync();
      context.watcher?.add([dir, ...Object.values(registryFiles)]);
      context.watcher?.on('all', (_event, path) => {
        if ((path.startsWith(dir) && path.endsWith('.mdx')) || Object.values(registryFiles).includes(path)) void sync();
      });
    },
  };
}

/** The loader's record of the files it has read (read-files.ts), in Astro's cache folder beside the data store. */
const READ_FILES = 'dateline-article-files.json';

/** The meta store key {@link keepingWriteForLast} sets; its value never changes. */
const SYNCING = 'syncing';

/** More often than Astro's 500 ms wait after a change to its data store before it writes it. */
const TOUCH_EVERY_MS = 200;

/*
 * Astro writes its whole data store to disk 500 ms after the last change to it, and again when
 * content sync ends; serialising the store takes 0.6 CPU s at 20,000 articles. It records its
 * version and the configuration's digests at the start of every sync, so with the articles taking
 * longer than that to check, the store was written once in the middle of the sync and once at its
 * end. Setting a meta value to what it already holds, while the articles are checked, moves that
 * wait on, and the store is written once, at the end.
 */
async function keepingWriteForLast(context: LoaderContext, sync: () => Promise<void>): Promise<void> {
  const touch = () => context.meta.set(SYNCING, '1');
  touch();
  const timer = setInterval(touch, TOUCH_EVERY_MS);
  try {
    await sync();
  } finally {
    clearInterval(timer);
  }
}

/*
 * A bad article does not stop the others from being read: every one is checked, and the error
 * lists each bad file with each bad field, so an editor can fix them all before building again.
 */
async function syncAll(
  context: LoaderContext,
  files: ArticleFiles,
  readFiles: ReadFiles,
  root: string,
  dir: string,
  mentions: MentionContext,
): Promise<void> {
  const paths = await listMdxFiles(context, dir);
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const file of paths) {
    const id = relative(dir, file).slice(0, -'.mdx'.length).split(sep).join('/');
    const filePath = relative(root, file).split(sep).join('/');
    seen.add(id);
    moveLegacyRead(context, readFiles, id);
    try {
      await syncOne(context, files, readFiles, mentions, { id, filePath, absolutePath: file });
    } catch (error) {
      problems.push(...(await describeProblem(error, filePath, file)));
    }
  }
  for (const id of [...readFiles.ids()]) if (!seen.has(id)) readFiles.delete(id);
  // What was learnt of the good files holds whatever became of the bad ones.
  readFiles.save();
  if (problems.length > 0) {
    const heading =
      problems.length === 1 ? 'An article is invalid:' : `Articles are invalid (${problems.length} problems):`;
    // File names and field values are data: nothing in them may act on the terminal.
    throw new Error(`${heading}\n${problems.map(printableLines).join('\n')}`);
  }
  for (const id of context.store.keys()) {
    if (!seen.has(id)) {
      context.store.delete(id);
      context.meta.delete(legacyReadKey(id));
    }
  }
}

/** Where the meta store kept what an article's file was when last read, before read-files.ts. */
const legacyReadKey = (id: string) => `read:${id}`;

/**
 * Moves what a store of an earlier build kept of an article's file into the loader's own record,
 * so the first build after the move reads no file again for it (its stamp is checked as ever).
 */
function moveLegacyRead(context: LoaderContext, readFiles: ReadFiles, id: string): void {
  const legacy = context.meta.get(legacyReadKey(id));
  if (legacy === undefined) return;
  if (readFiles.get(id) === undefined) readFiles.set(id, legacy);
  context.meta.delete(legacyReadKey(id));
}

/*
 * A failure as "file: field: message" lines, the form of the build's other content errors. Astro
 * words a schema error for its overlay (`**title**: …`), so the front matter of a file that failed
 * is checked again here, and only then, to list each of its issues.
 */
async function describeProblem(error: unknown, filePath: string, absolutePath: string): Promise<string[]> {
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith(`${filePath}: `)) return [message];
  const frontmatter = await readFile(absolutePath, 'utf8').then(
    (source) => splitFrontmatter(source, filePath).frontmatter,
    () => undefined,
  );
  const checked = frontmatter === undefined ? undefined : articleSchema.safeParse(frontmatter);
  if (checked === undefined || checked.success) return [`${filePath}: ${message}`];
  return checked.error.issues.map(
    (issue) => `${filePath}: ${issue.path.join('.') || '(front matter)'}: ${issue.message}`,
  );
}

/** One article file: its entry id, its path from the project root (as Astro's store takes it) and its absolute path. */
interface ArticleFile {
  id: string;
  filePath: string;
  absolutePath: string;
}

async function syncOne(
  context: LoaderContext,
  files: ArticleFiles,
  readFiles: ReadFiles,
  mentions: MentionContext,
  { id, filePath, absolutePath }: ArticleFile,
) {
  const { store, parseData, generateDigest, config } = context;
  const previous = store.get(id);
  // The digest has two halves, the file's and its links'. The file's half is kept with the file's
  // stamp, so a file unchanged since it was last read is not read again: on a large archive,
  // reading and hashing every file was most of a rebuild's content sync. The stamp is kept with
  // what the file's half covers besides the file, so that a change to those reads it again.
  const stamp = `${RENDER_VERSION}\0${config.base}\0${await files.stamp(absolutePath)}`;
  const read = readFiles.get(id);
  const readDigest = read?.startsWith(`${stamp} `) ? read.slice(stamp.length + 1) : undefined;
  // Whether the stored entry was made from a file of this digest: its front matter was parsed and
  // checked then, so only its links may differ, and the entry takes their new digest.
  const keptFrom = (fileDigest: string | undefined): boolean => {
    if (fileDigest === undefined || typeof previous?.digest !== 'string') return false;
    if (!previous.digest.startsWith(`${fileDigest}:`)) return false;
    const { key } = articleMentions(mentions, previous.data as Record<EntityKind, string[]>);
    const digest = `${fileDigest}:${generateDigest(key)}`;
    if (previous.digest !== digest) store.set({ ...previous, digest });
    return true;
  };
  if (keptFrom(readDigest)) return;
  const source = await files.read(absolutePath);
  const sourceDigest = generateDigest([RENDER_VERSION, config.base, source].join('\0'));
  // The file may have been rewritten with the same bytes: recognised before its front matter is
  // parsed and validated again.
  if (keptFrom(sourceDigest)) {
    readFiles.set(id, `${stamp} ${sourceDigest}`);
    return;
  }
  const { frontmatter, body } = splitFrontmatter(source, filePath);
  // The parsed values are slices of the file's text, and V8 keeps the whole text alive while any
  // slice of it lives: the store holds every entry's values until the build ends, so each article
  // file would stay in memory with them (4.4 KB an article). A clone's strings are copies.
  const data = await parseData({ id, data: structuredClone(frontmatter), filePath });
  const { key } = articleMentions(mentions, data as Record<EntityKind, string[]>);
  const digest = `${sourceDigest}:${generateDigest(key)}`;
  readFiles.set(id, `${stamp} ${sourceDigest}`);

  if (hasMdxSyntax(body)) {
    store.set({ id, data, body, filePath, digest, deferredRender: true });
    return;
  }
  // No rendered HTML: the page renders the body from the file (src/data/article-body.ts), so the
  // store Astro bundles and holds for the whole build keeps only the front matter and the digest.
  store.set({ id, data, filePath, digest });
}

/*
 * The same walk ingest uses for the articles it already has, so both see the same files. A folder
 * that cannot be read fails the build, naming it: a build missing some articles would look fine.
 */
async function listMdxFiles(context: LoaderContext, dir: string): Promise<string[]> {
  const walk = await walkFiles(dir, '.mdx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const failure = walk?.failures[0];
  if (failure !== undefined) throw new Error(`${failure.path} ${failure.reason}`);
  for (const { path, target } of walk?.outside ?? []) {
    context.logger.warn(`${path} is a symbolic link out of ${dir} (to ${target}), so it was not followed`);
  }
  return walk?.files ?? [];
}

/** The `---` block that opens an article file, its YAML text in group 1. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The front matter block of `source`; the error names the file. */
function frontmatterBlock(source: string, filePath: string): RegExpExecArray {
  const match = FRONTMATTER.exec(source);
  if (!match) throw new Error(`${filePath}: missing front matter (the file must start with a --- block)`);
  return match;
}

/**
 * The body of an article file, after its front matter, which is not parsed: a page renders the
 * body of an entry content sync has already parsed and checked, and parsing its YAML again for
 * each of 20,000 pages cost more than finding the body.
 */
export function bodyOf(source: string, filePath: string): string {
  return source.slice(frontmatterBlock(source, filePath)[0].length);
}

/** Splits `---` YAML front matter from the body; the error names the file. */
export function splitFrontmatter(
  source: string,
  filePath: string,
): { frontmatter: Record<string, unknown>; body: string } {
  const match = frontmatterBlock(source, filePath);
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
