import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { linkTree } from './link-tree.ts';
import {
  filesOf,
  publishChanges,
  undoPublish,
  type FolderFiles,
  type FolderStamps,
  type Published,
  type PublishedChanges,
} from './publish-changes.ts';

/**
 * The folders one output goes through. A build writes `staging`; only when it and the search
 * index both succeed is it moved to `next`, beside `out`, and swapped in by renames, so a failed
 * or interrupted build leaves the last good site exactly as it was.
 */
export interface OutputFolders {
  /** Where the site is published (DATELINE_OUT, or `dist/`). */
  out: string;
  /**
   * Where Astro and the search indexer write. Inside the project, always: Astro puts its
   * prerendering bundle beside the output when it thinks the output is inside the working folder
   * (a string-prefix test, which `…/build-out` passes for `…/build`), and that bundle's imports
   * resolve only from inside the project.
   */
  staging: string;
  /** The finished site beside `out`, on its file system, so the swap is two renames in one folder. */
  next: string;
  /** The site that was published, between the two renames of a swap. */
  previous: string;
  /** Beside `out`: what a publish in place replaced, until it has finished (publish-changes.ts). */
  undo: string;
  /**
   * Beside `staging`: present while `staging` holds exactly the site last published from it, so
   * the next build may start from it; removed before a build changes anything there. It holds
   * what that publish left in `out` (see {@link keptPublished}).
   */
  kept: string;
  /**
   * Beside `staging`: the files a publish in place replaced, to be removed while the next build
   * runs ({@link emptyTrash}).
   */
  trash: string;
}

/** The folders for publishing to `out` (absolute) from the project at `root`. */
export function outputFolders(root: string, out: string): OutputFolders {
  const name = basename(out);
  const key = createHash('sha256').update(out).digest('hex').slice(0, 12);
  const staging = join(root, 'node_modules', '.dateline', 'staging', `${name}-${key}`);
  return {
    out,
    staging,
    next: join(dirname(out), `.${name}.next`),
    previous: join(dirname(out), `.${name}.previous`),
    undo: join(dirname(out), `.${name}.undo`),
    kept: `${staging}.kept`,
    trash: `${staging}.trash`,
  };
}

/**
 * Undoes what an interrupted build left: a swap stopped between its two renames is rolled back
 * (the previous site returns to `out`), so is a publish in place, and half-written folders are
 * removed; so is the staging folder, unless `keepStaging` and it is marked as the last published
 * site. Returns whether the previous site had to be put back.
 */
export function recoverOutput(
  { out, staging, next, previous, undo, kept }: OutputFolders,
  { keepStaging = false }: { keepStaging?: boolean } = {},
): boolean {
  let restored = undoPublish(out, undo);
  if (!existsSync(out) && existsSync(previous)) {
    renameSync(previous, out);
    restored = true;
  }
  // A `.git` kept in the output (see publishOutput) may be waiting in `next`.
  if (existsSync(out) && !existsSync(join(out, '.git')) && existsSync(join(next, '.git'))) {
    renameSync(join(next, '.git'), join(out, '.git'));
  }
  const keep = keepStaging && existsSync(kept) && existsSync(staging);
  for (const folder of keep ? [next, previous] : [staging, kept, next, previous]) {
    rmSync(folder, { recursive: true, force: true });
  }
  return restored;
}

/** Whether a publish changes `path` of the output: all but the output's own `.git` (see publish-changes.ts). */
const isPublished = (path: string) => path !== '.git' && !path.startsWith(`.git${sep}`);

/**
 * Publishes `staging` as `out` and keeps it, marked as the site now published: the next build
 * starts from it (src/build/cli.ts). The first time, `out` is made by linking `staging`'s files
 * into `next` and renaming it into place; after that only the files that differ are changed
 * (publish-changes.ts). `last` is what the last publish from this staging folder left in `out`,
 * when this build started from it ({@link keptPublished}); `source`, the staging folder's files
 * when the caller has walked it ({@link filesOf}), and `stamps` the folder stamps that walk found,
 * kept for the next walk ({@link keptFolderStamps}).
 */
export function publishKeepingStaging(
  folders: OutputFolders,
  last?: Published,
  source?: FolderFiles,
  stamps?: FolderStamps,
): PublishedChanges | undefined {
  const { out, staging, next, undo, kept, trash } = folders;
  let published: Published | undefined;
  let changes: PublishedChanges | undefined;
  if (existsSync(out)) {
    const trashed = join(trash, `${Date.now()}-${process.pid}`);
    changes = publishChanges(staging, out, undo, last, trashed, source ?? filesOf(staging), stamps);
    published = changes.published;
  } else {
    mkdirSync(dirname(out), { recursive: true });
    rmSync(next, { recursive: true, force: true });
    const linked = linkTree(staging, next);
    if (linked === undefined) cpSync(staging, next, { recursive: true });
    // Every file of the new output is a second name of the staging file: recorded, the next
    // publish need not walk the output (after a cold build, 60,000 files with their metadata).
    else
      published = new Map(
        linked.filter(isPublished).map((path) => [path, statSync(join(staging, path), { bigint: true }).ino]),
      );
    renameSync(next, out);
  }
  // Without a record of what the last publish left (copies across file systems), the next one
  // compares the two folders whole.
  const files =
    published === undefined
      ? undefined
      : Object.fromEntries([...published].map(([path, ino]) => [path, ino === null ? null : String(ino)]));
  // Folder stamps are kept only beside a record of the files, which a folder's stamp stands for.
  const folderStamps = files && stamps && Object.fromEntries(stamps);
  writeFileSync(kept, JSON.stringify({ out, folder: folderId(out), files, folders: folderStamps }));
  return changes;
}

/**
 * Removes what earlier publishes moved to the trash folder, in the background: it is the disk's
 * work, done while Astro's is the processor's. Resolves when done; never fails (a file left there
 * is removed next time).
 */
export function emptyTrash({ trash }: OutputFolders): Promise<void> {
  return rm(trash, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * What the last publish from `staging` left in `out`, as its kept mark records it; undefined when
 * there is no mark, it is of another output or of an older build driver, or cannot be read: the
 * publish then compares the two folders whole.
 */
export function keptPublished({ out, kept }: OutputFolders): Published | undefined {
  let mark: { out?: unknown; folder?: unknown; files?: unknown };
  try {
    mark = JSON.parse(readFileSync(kept, 'utf8')) as typeof mark;
  } catch {
    return undefined;
  }
  // An output folder removed and made again since (a copy put in its place) is compared whole.
  if (mark.out !== out || mark.folder !== folderId(out)) return undefined;
  if (typeof mark.files !== 'object' || mark.files === null) return undefined;
  const published: Published = new Map();
  for (const [path, ino] of Object.entries(mark.files)) {
    if (ino === null) published.set(path, null);
    else if (typeof ino === 'string' && /^\d+$/.test(ino)) published.set(path, BigInt(ino));
    else return undefined;
  }
  return published;
}

/**
 * The folder stamps the last publish from `staging` kept with its record of the output (see
 * {@link keptPublished}), for the next walk of `staging` to skip the folders that did not change;
 * undefined when there are none.
 */
export function keptFolderStamps({ kept }: OutputFolders): FolderStamps | undefined {
  let mark: { folders?: unknown };
  try {
    mark = JSON.parse(readFileSync(kept, 'utf8')) as typeof mark;
  } catch {
    return undefined;
  }
  if (typeof mark.folders !== 'object' || mark.folders === null) return undefined;
  const stamps: FolderStamps = new Map();
  for (const [folder, stamp] of Object.entries(mark.folders)) {
    if (typeof stamp !== 'string') return undefined;
    stamps.set(folder, stamp);
  }
  return stamps;
}

/**
 * Which folder `out` is, and when its own list of names last changed: its device, inode and
 * change time, or undefined when it is missing.
 */
function folderId(out: string): string | undefined {
  const stats = statSync(out, { bigint: true, throwIfNoEntry: false });
  return stats === undefined ? undefined : `${stats.dev}:${stats.ino}:${stats.ctimeNs}`;
}

/**
 * Publishes the finished `staging` folder as `out`. The new site is first moved (or, from another
 * file system, copied) to `next` beside `out`; then `out` is renamed aside and `next` renamed
 * into its place: the only moment `out` is missing is between two renames in one folder, and
 * `recoverOutput` rolls that back if the process dies there. A `.git` folder in the output is
 * kept, as Astro keeps it when it empties the output folder.
 */
export function publishOutput({ out, staging, next, previous }: OutputFolders): void {
  mkdirSync(dirname(out), { recursive: true });
  rmSync(next, { recursive: true, force: true });
  try {
    renameSync(staging, next);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(staging, next, { recursive: true });
    rmSync(staging, { recursive: true, force: true });
  }
  if (existsSync(join(out, '.git')) && !existsSync(join(next, '.git')))
    renameSync(join(out, '.git'), join(next, '.git'));
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(next, out);
  rmSync(previous, { recursive: true, force: true });
}
