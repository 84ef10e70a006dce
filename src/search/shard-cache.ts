import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { filesUnder, linkOrCopyTree } from '../build/link-tree.ts';
import { compareText } from '../lib/compare.ts';
import { feedPages } from './feed-pages.ts';
import { searchedParts } from './searched-parts.ts';

/** Where the search step keeps its shards, for every archive built from this checkout. */
export const SEARCH_CACHE = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'dateline-search');

/**
 * Shards kept at most. A shard is about 10 MB at 4,000 articles; enough entries stay for a few
 * archives (tests and benchmarks build several) without the cache growing without bound.
 */
const MAX_ENTRIES = 48;

/**
 * The file, beside the shards, of what each page of the site in `site` last read hashed to (see
 * {@link ShardCache.digest}): one per site, so that building another site (a sharded build's, a
 * test's) does not make the next build of this one read every page again.
 */
const pageHashesFile = (site: string) => `pages-${createHash('sha256').update(site).digest('hex').slice(0, 12)}.json`;

/** A temporary copy this old was left by a run that died. */
const STALE_MS = 60 * 60 * 1000;

/** The installed Pagefind's version: another version may write another index from the same pages. */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as {
    version: string;
  }
).version;

/**
 * A store of built search-index shards, keyed by a digest of exactly what Pagefind reads for one:
 * every page of the shard, by its path in the site and its bytes. Pagefind cannot update an index
 * (it builds each one whole), but a shard whose pages did not change is the same shard, so a
 * rebuild after one new article indexes only the shard that article falls in and copies the rest.
 */
export class ShardCache {
  private readonly dir: string;
  /** The site whose pages were read, and what each page file hashed to when last read, by its path. */
  private site: string | undefined;
  private known: Map<string, string> | undefined;
  /** The same for the pages read in this run, saved by {@link savePageHashes}. */
  private readonly seen = new Map<string, string>();

  /**
   * How a shard's pages are given to Pagefind: the same pages fed in another order or form make
   * another index, so a shard an earlier way of indexing stored is never taken for this one's.
   */
  private readonly feeding: string;

  /**
   * A cache kept in the folder `dir`, made when the first shard is stored; `feeding` is the text of
   * the code that gives Pagefind a shard's pages (tests give another).
   */
  constructor(dir: string, { feeding = feedPages.toString() }: { feeding?: string } = {}) {
    this.dir = dir;
    this.feeding = createHash('sha256').update(feeding).digest('hex');
  }

  /**
   * The digest of a shard made of `pages` (site-relative paths) of the site in `site`. A page is
   * read only when its file is not the one read last time (another inode, size or modification
   * time): a rebuild keeps the last build's unchanged pages as the same files (src/build/reuse.ts),
   * so it reads the few hundred pages it rendered again instead of all of them.
   */
  digest(site: string, pages: readonly string[]): string {
    if (this.site !== site) {
      this.site = site;
      this.known = this.loadPageHashes(site);
      this.seen.clear();
    }
    this.known ??= new Map();
    const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${this.feeding}\n`);
    for (const page of [...pages].sort(compareText)) {
      const file = join(site, page);
      const stamp = fileStamp(file);
      const known = this.known.get(file);
      const parts = known?.startsWith(`${stamp} `)
        ? known.slice(stamp.length + 1)
        : createHash('sha256')
            .update(searchedParts(readFileSync(file, 'utf8')))
            .digest('hex');
      this.seen.set(file, `${stamp} ${parts}`);
      hash.update(`${page}\0${parts}\n`);
    }
    return hash.digest('hex');
  }

  /** Keeps what this run's pages hashed to, for the next run (written whole, then renamed into place). */
  savePageHashes(): void {
    if (this.site === undefined) return;
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, pageHashesFile(this.site));
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ version: PAGE_HASHES_VERSION, pages: Object.fromEntries(this.seen) }));
    renameSync(temp, file);
    this.known = new Map(this.seen);
    this.seen.clear();
  }

  /** What pages hashed to in the last run; nothing when it was another version of the hashing. */
  private loadPageHashes(site: string): Map<string, string> {
    try {
      const saved = JSON.parse(readFileSync(join(this.dir, pageHashesFile(site)), 'utf8')) as {
        version?: unknown;
        pages?: Record<string, string>;
      };
      if (saved.version === PAGE_HASHES_VERSION && saved.pages) return new Map(Object.entries(saved.pages));
    } catch {
      // No hashes kept yet, or a file cut short: every page is read.
    }
    return new Map();
  }

  /** Whether the shard `digest` is cached. */
  has(digest: string): boolean {
    return existsSync(join(this.dir, digest));
  }

  /**
   * A folder, empty, beside the entries, for a shard to be built into and then {@link store}d
   * under `digest`; named as a temporary copy, so one an interrupted run left is removed in time.
   */
  scratch(digest: string): string {
    const folder = join(this.dir, `${digest}.${process.pid}.build.tmp`);
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    return folder;
  }

  /**
   * Puts the cached shard `digest` at `target`, as hard links (an entry is never written again,
   * only replaced, and the search step writes only into folders it emptied); false when it is not
   * cached.
   */
  restore(digest: string, target: string): boolean {
    const entry = join(this.dir, digest);
    if (!existsSync(entry)) return false;
    if (!holdsEntry(target, entry)) {
      rmSync(target, { recursive: true, force: true });
      linkOrCopyTree(entry, target);
    }
    const now = new Date();
    utimesSync(entry, now, now);
    return true;
  }

  /**
   * Keeps a copy of the shard built in `source` under `digest`. The copy is written beside the
   * cache entry and renamed into place, so an interrupted run never leaves half a shard to restore.
   */
  store(digest: string, source: string): void {
    mkdirSync(this.dir, { recursive: true });
    const entry = join(this.dir, digest);
    const temp = `${entry}.${process.pid}.tmp`;
    rmSync(temp, { recursive: true, force: true });
    linkOrCopyTree(source, temp);
    rmSync(entry, { recursive: true, force: true });
    renameSync(temp, entry);
    this.evict();
  }

  /**
   * Removes the least recently used entries beyond {@link MAX_ENTRIES}, and temporary copies an
   * interrupted run left (old enough that no running build is still writing them).
   */
  private evict(): void {
    const entries = readdirSync(this.dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map(({ name }) => name)
      .map((name) => ({ name, used: statSync(join(this.dir, name)).mtimeMs }));
    const stale = entries.filter((entry) => entry.name.endsWith('.tmp') && entry.used < Date.now() - STALE_MS);
    const kept = entries
      .filter((entry) => !entry.name.endsWith('.tmp'))
      .sort((a, b) => b.used - a.used || compareText(a.name, b.name));
    for (const entry of [...stale, ...kept.slice(MAX_ENTRIES)]) {
      rmSync(join(this.dir, entry.name), { recursive: true, force: true });
    }
  }
}

/**
 * The hashing of pages' searched parts: a change to {@link searchedParts} changes it, so hashes
 * kept by an earlier version of the code are never taken for this one's.
 */
const PAGE_HASHES_VERSION = createHash('sha256').update(searchedParts.toString()).digest('hex').slice(0, 16);

/** Which file a path names, and as last written: its inode, size and modification time. */
function fileStamp(file: string): string {
  const stats = statSync(file, { bigint: true });
  return `${stats.ino}:${stats.size}:${stats.mtimeNs}`;
}

/**
 * Whether the folder `target` already is the cache entry `entry`: the same files, each the
 * entry's own under a second name (a kept staging folder holds the shards the last build linked).
 */
function holdsEntry(target: string, entry: string): boolean {
  if (!existsSync(target)) return false;
  const inEntry = filesUnder(entry);
  const inTarget = filesUnder(target);
  if (inEntry.length !== inTarget.length) return false;
  return inEntry.every((file) => {
    try {
      return statSync(join(target, file)).ino === statSync(join(entry, file)).ino;
    } catch {
      return false;
    }
  });
}
