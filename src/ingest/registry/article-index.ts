import { compareText } from '../../lib/compare.ts';
import { referencedIds, type ReferenceKind } from './repair.ts';

/**
 * What ingest needs to know of an article it did not write in this run: the `hash` in its front
 * matter (to skip a text imported before) and the entity ids it names (to find the ones the
 * registries lack). Reading all of that from every article made adding one article to a large
 * archive cost seconds, so ingest keeps it in {@link INDEX_FILE}, a cache beside the articles.
 */
export interface ArticleSummary {
  hash?: string;
  refs: { kind: ReferenceKind; id: string }[];
}

/** An index entry: the summary and the stamp (size and modification time) of the file it was read from. */
export interface IndexedArticle extends ArticleSummary {
  stamp: string;
}

/**
 * The cache, in the content folder: hidden, so neither the build nor an input walk reads it, and
 * never trusted blindly: an entry is used only while its article's stamp is unchanged, a file
 * that does not parse is rebuilt from the articles, and deleting it loses nothing.
 */
export const INDEX_FILE = '.ingest-index.json';

/* Bumped whenever what an entry holds changes, so an index of an older ingest is read afresh. */
const VERSION = 1;

const HASH_LINE = /^hash:[ \t]*["']?([a-f0-9]{16,64})["']?[ \t]*$/m;

/** The front matter of an MDX source (the text between the `---` lines), and where its body starts. */
export function splitFrontmatter(source: string): { frontmatter: string; bodyStart: number } {
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source);
  return { frontmatter: match?.[1] ?? '', bodyStart: match?.[0].length ?? 0 };
}

/** The summary of an article's front matter. */
export function summarise(frontmatter: string): ArticleSummary {
  const hash = HASH_LINE.exec(frontmatter)?.[1];
  return { ...(hash === undefined ? {} : { hash }), refs: referencedIds(frontmatter) };
}

/**
 * The entries of an index file by article id; none when it is absent, of another version or does
 * not parse. An entry is a list of strings, the stamp, the hash ('' for none), then `kind/id` for
 * each id named: most of a large archive's index, and a flat list parses fastest.
 */
export function parseIndex(text: string | undefined): Map<string, IndexedArticle> {
  const index = new Map<string, IndexedArticle>();
  if (text === undefined) return index;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return index;
  }
  const { version, articles } = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (version !== VERSION || typeof articles !== 'object' || articles === null) return index;
  for (const [id, entry] of Object.entries(articles)) {
    const article = readEntry(entry);
    if (article !== undefined) index.set(id, article);
  }
  return index;
}

/** The index file for `index`, sorted by id so the same archive always gives the same bytes. */
export function serialiseIndex(index: ReadonlyMap<string, IndexedArticle>): string {
  const articles: Record<string, string[]> = {};
  for (const id of [...index.keys()].sort(compareText)) {
    const { stamp, hash, refs } = index.get(id)!;
    articles[id] = [stamp, hash ?? '', ...refs.map(({ kind, id: entity }) => `${kind}/${entity}`)];
  }
  return `${JSON.stringify({ version: VERSION, articles })}\n`;
}

const KINDS: readonly string[] = ['people', 'organisations', 'events'];

/* An entry of any other shape (an index edited by hand, a newer ingest's) is dropped: its article is read again. */
function readEntry(entry: unknown): IndexedArticle | undefined {
  if (!Array.isArray(entry) || entry.length < 2 || !entry.every((part) => typeof part === 'string')) return undefined;
  const [stamp, hash, ...named] = entry;
  const refs: IndexedArticle['refs'] = [];
  for (const ref of named) {
    const slash = ref.indexOf('/');
    const kind = ref.slice(0, slash);
    if (slash < 0 || !KINDS.includes(kind)) return undefined;
    refs.push({ kind: kind as ReferenceKind, id: ref.slice(slash + 1) });
  }
  return { stamp: stamp ?? '', ...(hash === '' ? {} : { hash }), refs };
}
