import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { filesUnder } from './link-tree.ts';

/*
 * Publishing a rebuild by changing only what changed. The build keeps its staging folder between
 * builds, and the published site holds the same files under second names (hard links), so the
 * two differ only where the build wrote a new file. Swapping in a whole new folder instead would
 * make and delete some 36,000 folders per build at 20,000 articles, which on a busy disk took
 * longer than the rest of the rebuild. Every file the publish replaces or removes is first
 * linked into an undo folder beside the output, with the list of files it adds: a publish that
 * fails is undone at once, one that was killed by the next build (undoPublish).
 */

/** The list of added files, kept in the undo folder. */
const ADDED = '.added.json';

/** The output's own `.git` (a site deployed from a checkout of it), which the build never touches. */
const KEPT = '.git';

/** A file as the publish compares it: which file it is, and its size (unknown for a file not listed again). */
interface FileId {
  ino: bigint;
  size?: bigint;
}

/** The files of a folder by path relative to it, with their inodes and sizes, as a publish compares them. */
export type FolderFiles = Map<string, FileId>;

/**
 * Each folder under a staging folder as a listing found it, by path relative to the staging
 * folder: its inode, modification and change times, or {@link UNSETTLED} for one changed too
 * lately for its times to tell a later change apart.
 */
export type FolderStamps = Map<string, string>;

/** The stamp of a folder that must be listed again next time. */
const UNSETTLED = '';

/**
 * A folder whose times are this close to the listing's (in ns) is listed again next time: the
 * clock the file system stamps folders with ticks in milliseconds, so a change in the same tick
 * as the listing would leave the same times.
 */
const SETTLE_NS = 2_000_000_000n;

/** What the last listing and publish knew of a staging folder, to skip what has not changed since. */
export interface KnownFolders {
  /** The folders' stamps as the last listing found them. */
  stamps: FolderStamps;
  /** What the last publish left in the output, whose shared inodes are the staging files' (see {@link Published}). */
  published: Published;
}

/** {@link KnownFolders} arranged by folder: each folder's files with their inodes, and its folders. */
interface FolderIndex {
  stamps: FolderStamps;
  /** Null for a folder holding a file the last publish copied, whose inode it does not know. */
  files: Map<string, [string, bigint][] | null>;
  folders: Map<string, string[]>;
}

function indexFolders({ stamps, published }: KnownFolders): FolderIndex {
  const files = new Map<string, [string, bigint][] | null>();
  for (const [path, ino] of published) {
    const at = path.lastIndexOf(sep);
    const folder = at < 0 ? '' : path.slice(0, at);
    const list = files.get(folder);
    if (list === null) continue;
    if (ino === null) files.set(folder, null);
    else if (list === undefined) files.set(folder, [[path.slice(at + 1), ino]]);
    else list.push([path.slice(at + 1), ino]);
  }
  const folders = new Map<string, string[]>();
  for (const folder of stamps.keys()) {
    const at = folder.lastIndexOf(sep);
    const parent = at < 0 ? '' : folder.slice(0, at);
    const list = folders.get(parent);
    if (list === undefined) folders.set(parent, [folder]);
    else list.push(folder);
  }
  return { stamps, files, folders };
}

/** Options of {@link filesOf}. */
export interface Listing {
  /** What the last listing and publish knew: a folder with the stamp it had then is not listed again. */
  known?: KnownFolders;
  /** Filled with every folder's stamp, for the next listing. */
  stamps?: FolderStamps;
  /** The time of the listing, in ns since the epoch (tests give another). */
  nowNs?: bigint;
}

/**
 * The files under `dir` (see {@link FolderFiles}) that lie in or are the entries at its top that
 * `include` takes (all by default); `.git` at the top is left out. A build walks the parts of its
 * staging folder that no step writes into any more while the search step still writes the rest.
 *
 * With `known`, a folder whose inode and times are those the last listing found is not listed
 * again: its files are those the last publish left, with the inodes it recorded. A folder's
 * times change whenever a name in it is made, removed or replaced, and every write into a file
 * the output shares makes a new file under that name (unshare-writes.ts), which the publish
 * already relies on; so the folder holds the same files. Listing and reading the metadata of the
 * 60,000 files of a 20,000-article site took most of a one-article publish's own time.
 */
export function filesOf(
  dir: string,
  include: (name: string) => boolean = () => true,
  { known, stamps, nowNs = BigInt(Date.now()) * 1_000_000n }: Listing = {},
): FolderFiles {
  const files: FolderFiles = new Map();
  const index = known && indexFolders(known);
  const add = (path: string) => {
    const { ino, size } = statSync(join(dir, path), { bigint: true });
    files.set(path, { ino, size });
  };
  const visit = (folder: string) => {
    const stats = statSync(join(dir, folder), { bigint: true });
    const settled = nowNs - stats.mtimeNs > SETTLE_NS && nowNs - stats.ctimeNs > SETTLE_NS;
    const stamp = settled ? `${stats.ino}:${stats.mtimeNs}:${stats.ctimeNs}` : UNSETTLED;
    stamps?.set(folder, stamp);
    const kept = stamp !== UNSETTLED && index?.stamps.get(folder) === stamp ? index.files.get(folder) : null;
    if (kept !== null && index !== undefined) {
      for (const [name, ino] of kept ?? []) files.set(`${folder}${sep}${name}`, { ino });
      for (const inside of index.folders.get(folder) ?? []) visit(inside);
      return;
    }
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = `${folder}${sep}${entry.name}`;
      if (entry.isFile()) add(path);
      else if (entry.isDirectory()) visit(path);
    }
  };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === KEPT || !include(entry.name)) continue;
    if (entry.isFile()) add(entry.name);
    else if (entry.isDirectory()) visit(entry.name);
  }
  return files;
}

/**
 * What a publish left in the output: every file of it by path, with the inode it shares with the
 * staging file of that path, or null where the two are different files of the same bytes (copies
 * across file systems).
 */
export type Published = Map<string, bigint | null>;

/** What publishing `staging` over `out` changes: files added, replaced and removed. */
export interface PublishedChanges {
  added: number;
  replaced: number;
  removed: number;
  /** The output as this publish left it, for the next publish from the same staging folder. */
  published: Published;
}

/**
 * Makes the existing folder `out` hold exactly the files of `staging` (its `.git` aside), each as
 * a hard link to the staging file (a copy when they lie on different file systems), changing only
 * the files that differ. `undo` is a folder beside `out`, on its file system.
 *
 * `last` is what the last publish from this staging folder left in `out` (when the staging folder
 * has been built in since, and `out` left to the build). Then `out` is not walked: a staging file
 * that is still the file `out` shares under its path is unchanged in both (every write into a
 * shared file makes a new one, see unshare-writes.ts, and while `out` holds a file its inode
 * cannot be reused), so only the other files of `staging`, and those gone from it, are looked up
 * in `out`. Walking and reading the metadata of both folders took most of a one-article publish.
 *
 * With `trash` (a folder path on the file system of `undo`), the files the publish replaced are
 * moved there, for the caller to remove off the publish's time, instead of being removed at once.
 * `source` is what {@link filesOf} finds in `staging` now, when the caller has walked it, and
 * `stamps` the folder stamps that listing found: a folder of `staging` the publish changes is
 * marked there to be listed again.
 */
export function publishChanges(
  staging: string,
  out: string,
  undo: string,
  last?: Published,
  trash?: string,
  source: FolderFiles = filesOf(staging),
  stamps?: FolderStamps,
): PublishedChanges {
  const published: Published = new Map();
  const added: string[] = [];
  const replaced: string[] = [];
  const lookUp = (path: string): FileId | undefined => {
    const stats = statSync(join(out, path), { bigint: true, throwIfNoEntry: false });
    return stats?.isFile() ? { ino: stats.ino, size: stats.size } : undefined;
  };
  const target = last === undefined ? filesOf(out) : undefined;
  for (const [path, file] of source) {
    const shared = last?.get(path);
    if (shared === file.ino) {
      published.set(path, file.ino);
      continue;
    }
    const inOut = target === undefined ? lookUp(path) : target.get(path);
    if (inOut === undefined) added.push(path);
    else if (inOut.ino === file.ino) published.set(path, file.ino);
    else if (sameBytes(join(staging, path), join(out, path), file, inOut)) {
      // The staging folder takes the published file, so the next publish finds it shared and
      // reads neither again; the published site does not change.
      published.set(path, placeFile(join(out, path), join(staging, path), { orCopy: false }) ? inOut.ino : null);
      const at = path.lastIndexOf(sep);
      if (at >= 0) stamps?.set(path.slice(0, at), UNSETTLED);
    } else replaced.push(path);
  }
  const removed =
    target === undefined
      ? [...(last?.keys() ?? [])].filter((path) => !source.has(path) && lookUp(path) !== undefined)
      : [...target.keys()].filter((path) => !source.has(path));
  const changes = { added: added.length, replaced: replaced.length, removed: removed.length, published };
  if (added.length + replaced.length + removed.length === 0) return changes;

  rmSync(undo, { recursive: true, force: true });
  mkdirSync(undo, { recursive: true });
  // Written before anything in `out` changes: undoing removes exactly these.
  writeFileSync(join(undo, ADDED), JSON.stringify(added));
  for (const path of [...replaced, ...removed]) {
    mkdirSync(dirname(join(undo, path)), { recursive: true });
    linkSync(join(out, path), join(undo, path));
  }
  try {
    for (const path of [...replaced, ...added]) {
      const linked = placeFile(join(staging, path), join(out, path));
      published.set(path, linked ? (source.get(path)?.ino ?? null) : null);
    }
    for (const path of removed) {
      unlinkSync(join(out, path));
      removeEmptyFolders(out, dirname(join(out, path)));
    }
  } catch (error) {
    undoPublish(out, undo);
    throw error;
  }
  discard(undo, trash);
  return changes;
}

/**
 * Removes the undo folder of a finished publish, or moves it to `trash`. Removing the last names
 * of the files a publish replaced is the disk's work: 6,500 took 14 s on a busy disk, most of a
 * rebuild, while the site was already published.
 */
function discard(undo: string, trash: string | undefined): void {
  if (trash !== undefined) {
    try {
      mkdirSync(dirname(trash), { recursive: true });
      renameSync(undo, trash);
      return;
    } catch {
      // Another file system, or a name in the way: removed now, as without a trash folder.
    }
  }
  rmSync(undo, { recursive: true, force: true });
}

/**
 * Whether two different files hold the same bytes. A page rendered again often comes out as it
 * was, and a search shard indexed again keeps most of its files (their names are digests of their
 * bytes): reading both costs less than replacing the published one, on a disk where every change
 * to a folder is a write.
 */
function sameBytes(a: string, b: string, aId: FileId, bId: FileId): boolean {
  return (aId.size === undefined || aId.size === bId.size) && readFileSync(a).equals(readFileSync(b));
}

/**
 * Puts `file` at `target` in one rename, so `target` is always either the old file or the new;
 * returns whether `target` is a second name of `file`. Across file systems it is a copy, unless
 * not `orCopy`: then `target` is left as it was.
 */
function placeFile(file: string, target: string, { orCopy = true } = {}): boolean {
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.dateline-${process.pid}`;
  rmSync(temp, { force: true });
  let linked = true;
  try {
    linkSync(file, temp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    if (!orCopy) return false;
    copyFileSync(file, temp);
    linked = false;
  }
  try {
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return linked;
}

/**
 * Puts `out` back as it was before a publish that did not finish, from its undo folder: the files
 * it added are removed and those it replaced or removed are put back. Returns whether there was
 * anything to undo.
 */
export function undoPublish(out: string, undo: string): boolean {
  if (!existsSync(undo)) return false;
  let added: string[] = [];
  try {
    added = JSON.parse(readFileSync(join(undo, ADDED), 'utf8')) as string[];
  } catch {
    // Killed before the list was written: nothing in `out` had changed yet.
    rmSync(undo, { recursive: true, force: true });
    return false;
  }
  for (const path of added) {
    try {
      unlinkSync(join(out, path));
    } catch (error) {
      // Not placed yet, or never could be (a folder of the old site is in its way).
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR' && code !== 'EPERM') throw error;
      continue;
    }
    removeEmptyFolders(out, dirname(join(out, path)));
  }
  for (const path of filesUnder(undo)) {
    if (path === ADDED) continue;
    mkdirSync(dirname(join(out, path)), { recursive: true });
    renameSync(join(undo, path), join(out, path));
  }
  rmSync(undo, { recursive: true, force: true });
  return true;
}

/** Removes `folder` and its parents up to (not including) `root` while they are empty. */
export function removeEmptyFolders(root: string, folder: string): void {
  for (let at = folder; at !== root && at.startsWith(root + sep); at = dirname(at)) {
    try {
      rmdirSync(at);
    } catch {
      return;
    }
  }
}
