import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { compareText } from './lib/compare.ts';

/*
 * The one recursive file listing, shared by ingest (input folders, the articles already in the
 * content folder) and the article loader, so both see the same files. Node's own recursive
 * readdir follows symbolic links to folders without remembering where it has been: two links to
 * `.` made it list each file dozens of times and grow without end.
 */

/** What walking a folder found. */
export interface FileWalk {
  /** Files whose name ends in the extension, each file once (however many ways lead to it), sorted. */
  files: string[];
  /** Folders and links that could not be read, with the reason; the rest of the walk went on. */
  failures: { path: string; reason: string }[];
  /** Symbolic links not followed because they lead out of the folder walked. */
  outside: { path: string; target: string }[];
}

/** The parts of `node:fs` the walk uses; a test can hand in one that fails where it wants. */
export interface WalkFs {
  readdir(path: string): Promise<Dirent[]>;
  stat(path: string): Promise<Pick<Stats, 'dev' | 'ino' | 'isDirectory' | 'isFile'>>;
  realpath(path: string): Promise<string>;
}

const nodeFs: WalkFs = {
  readdir: (path) => readdir(path, { withFileTypes: true }),
  stat,
  realpath,
};

/**
 * Every file under `root` whose name ends in `extension` (case-insensitively), skipping hidden
 * files and folders (a leading dot: editors' backups, `.git`). Each folder is read once, known by
 * device and inode, so a symbolic link back to a folder already read is a loop and adds nothing.
 * Links are followed when they stay inside `root`, after the real folders, so a file is listed
 * under its own path rather than through a link; links that lead out of `root` are not followed
 * (reported in `outside`), so what is walked is exactly what lies under the folder given. A folder
 * or link that cannot be read is reported in `failures` and the walk goes on. Throws only when
 * `root` itself cannot be resolved (for example when it does not exist).
 */
export async function walkFiles(root: string, extension: string, fs: WalkFs = nodeFs): Promise<FileWalk> {
  const top = await fs.realpath(root);
  const inside = (real: string) => real === top || real.startsWith(top.endsWith(sep) ? top : `${top}${sep}`);
  const walk: FileWalk = { files: [], failures: [], outside: [] };
  const folders = new Set<string>();
  const files = new Set<string>();
  const links: string[] = [];
  const wanted = (name: string) => name.toLowerCase().endsWith(extension.toLowerCase());
  const addFile = (path: string, real: string) => {
    if (files.has(real)) return;
    files.add(real);
    walk.files.push(path);
  };

  const readFolder = async (path: string, real: string): Promise<void> => {
    let entries: Dirent[];
    try {
      const info = await fs.stat(path);
      const key = `${info.dev}:${info.ino}`;
      if (folders.has(key)) return;
      folders.add(key);
      entries = await fs.readdir(path);
    } catch (error) {
      walk.failures.push({ path, reason: `is a folder that could not be read: ${reasonOf(error)}` });
      return;
    }
    for (const entry of entries.sort((a, b) => compareText(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const child = join(path, entry.name);
      if (entry.isSymbolicLink()) links.push(child);
      else if (entry.isDirectory()) await readFolder(child, join(real, entry.name));
      else if (entry.isFile() && wanted(entry.name)) addFile(child, join(real, entry.name));
    }
  };

  await readFolder(root, top);
  // Links come last, in the order they were met, so a folder or file reached both directly and
  // through a link is listed under its own path; a link met while following one joins the queue.
  for (let next = links.shift(); next !== undefined; next = links.shift()) {
    const link = next;
    let target: string;
    let info: Awaited<ReturnType<WalkFs['stat']>>;
    try {
      target = await fs.realpath(link);
      if (!inside(target)) {
        walk.outside.push({ path: link, target });
        continue;
      }
      info = await fs.stat(target);
    } catch (error) {
      walk.failures.push({ path: link, reason: brokenLink(error) });
      continue;
    }
    if (info.isDirectory()) await readFolder(link, target);
    else if (info.isFile() && wanted(link)) addFile(link, target);
  }
  walk.files.sort(compareText);
  return walk;
}

function brokenLink(error: unknown): string {
  const { code } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'is a symbolic link to nothing: its target is missing';
  if (code === 'ELOOP') return 'is a symbolic link in a loop of links that leads nowhere';
  return `is a symbolic link that could not be followed: ${reasonOf(error)}`;
}

function reasonOf(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'it is gone';
  return message;
}
