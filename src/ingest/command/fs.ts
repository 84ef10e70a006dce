import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { link, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { compareText } from '../../lib/compare.ts';
import { walkFiles, type FileWalk } from '../../walk-files.ts';

/** The name of the temporary file {@link writeFileAtomic} writes beside its target: `.name.<12 hex>.tmp`. */
export const TEMPORARY_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/**
 * The `.txt` files an input names: the file itself, or every `.txt` file under a folder (see
 * {@link walkFiles}: each file once, hidden ones skipped, symbolic links followed only inside the
 * folder), in a stable order, with the sub-folders and links that could not be read. A missing
 * input throws, with the reason in the message.
 */
export async function listInputFiles(input: string): Promise<FileWalk> {
  const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? 'no such file or folder' : error.message);
  });
  if (!info.isDirectory()) return { files: [input], failures: [], outside: [] };
  return walkFiles(input, '.txt');
}

/**
 * Every file under `dir` (recursively) whose name ends in `extension`, sorted; none if `dir` is
 * missing. A sub-folder that cannot be read throws, naming it: a content folder read in part
 * would look as if articles were missing.
 */
export async function listFiles(dir: string, extension: string): Promise<string[]> {
  const walk = await walkFiles(dir, extension).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const failure = walk?.failures[0];
  if (failure !== undefined) throw new Error(`${failure.path} ${failure.reason}`);
  return walk?.files ?? [];
}

/** Size of a file in bytes, read before the file itself so huge files are never loaded. */
export async function fileSize(path: string): Promise<number> {
  return (await stat(path)).size;
}

/**
 * Size, modification and change times (to the nanosecond the file system keeps) of a file, as one
 * string that changes whenever the file is written or replaced; undefined when it does not exist.
 * The change time is the kernel's own, which tools that restore a modification time cannot set.
 */
export async function fileStamp(path: string): Promise<string | undefined> {
  // Synchronous: ingest stamps every article of the archive, and a stat of a file the kernel has
  // cached costs a third of the CPU time this way that it does through the promise API.
  const info = statSync(path, { bigint: true, throwIfNoEntry: false });
  return info === undefined ? undefined : `${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

/** Writes a file whole over any file of that name (see {@link writeFileAtomic}). */
export async function replaceFile(path: string, data: string): Promise<void> {
  await writeFileAtomic(path, data, { overwrite: true });
}

/** The bytes of a file. */
export async function readBytes(path: string): Promise<Uint8Array> {
  return readFile(path);
}

/** The text of a file, or undefined when it does not exist. */
export async function readTextIfExists(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
}

/**
 * Writes a file so that readers only ever see the old file or the whole new one: the data goes
 * to a hidden temporary file in the same folder and is then renamed over the target (`overwrite`)
 * or hard-linked to it, which fails with `EEXIST` if the target appeared. There is no fsync
 * per file: it multiplied the time of a large ingest several times over, and what it guards
 * against, a power cut between write and rename, leaves a file ingest simply writes again.
 */
export async function writeFileAtomic(
  path: string,
  data: string,
  { overwrite }: { overwrite: boolean },
): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Named to match TEMPORARY_FILE, so that a leftover of a killed process can be found and removed.
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data, 'utf8');
    } finally {
      await handle.close();
    }
    if (overwrite) await rename(temp, path);
    else await link(temp, path);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Creates a file with `data`, and the folders it needs, failing with `EEXIST` if it is
 * there already. When writing fails (a full disk), the partial file is removed before the error
 * is passed on.
 */
export async function writeNewFile(path: string, data: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(data, 'utf8');
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(path).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

/**
 * Renames `from` to `to` (creating its folder): over an existing file with `overwrite`, else by a
 * hard link, which fails with `EEXIST` if `to` exists, then removing `from`.
 */
export async function moveFile(from: string, to: string, { overwrite }: { overwrite: boolean }): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  if (overwrite) return rename(from, to);
  await link(from, to);
  await unlink(from);
}

/** Removes a file, or a folder with everything in it; nothing when it is absent. */
export async function removeAll(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}

/** The temporary files of interrupted {@link writeFileAtomic} calls anywhere under `dir`, sorted. */
export async function listTemporaryFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return names
    .filter((name) => TEMPORARY_FILE.test(basename(name)))
    .map((name) => join(dir, name))
    .sort(compareText);
}

/** The file system as ingest uses it (`runIngest`'s file dependencies), for the command and its benchmark. */
export const ingestFiles = {
  listInputFiles,
  listFiles,
  fileSize,
  fileStamp,
  readBytes,
  readTextIfExists,
  writeNewFile,
  moveFile,
  removeAll,
  listTemporaryFiles,
  replaceFile,
};
