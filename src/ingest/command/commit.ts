import { join, relative } from 'node:path';
import { mapInPool } from '../../concurrency.ts';

/** File-system steps a commit needs; the real ones are in `fs.ts`. */
export interface CommitFs {
  readTextIfExists(path: string): Promise<string | undefined>;
  listFiles(dir: string, extension: string): Promise<string[]>;
  /** Creates a file (and its folders), failing if it exists; leaves nothing behind when it fails. */
  writeNewFile(path: string, data: string): Promise<void>;
  /** Renames `from` to `to`; without `overwrite` it fails with `EEXIST` when `to` exists. */
  moveFile(from: string, to: string, options: { overwrite: boolean }): Promise<void>;
  /** Removes a file, or a folder with everything in it; nothing when it is absent. */
  removeAll(path: string): Promise<void>;
  /** Temporary files an interrupted atomic write left under `dir` (see `TEMPORARY_FILE` in `fs.ts`). */
  listTemporaryFiles(dir: string): Promise<string[]>;
}

/** One file a run writes: registries overwrite, articles never do. */
export interface PlannedWrite {
  path: string;
  data: string;
  overwrite: boolean;
}

/** What an earlier, interrupted run left, and what was done with it. */
export interface Recovery {
  /** Files of a committed batch that were moved into place now. */
  completed: string[];
  /** Leftover files removed: a batch not yet committed, temporary files. */
  discarded: number;
}

/** The folder, inside the content folder, where a batch is written before it is committed. */
export const STAGING = '.ingest-staging';

const IO_CONCURRENCY = 16;

/* Paths in the manifest are relative to the content folder, which a later run may name another way. */
interface ManifestEntry {
  file: string;
  overwrite: boolean;
}

/**
 * Writes a batch as one commit, so that an interrupted run leaves either the content folder as it
 * was or, on the next run, exactly what the whole batch writes — never some registries updated
 * and others not, never articles resolved against entities from a batch that did not finish.
 * Every file is first written to the staging folder; a write that fails there (a full disk)
 * removes the staging folder and throws, naming the file, with nothing changed. Then a manifest
 * is renamed into place — the commit point — and each file renamed over its target. Returns the
 * articles that were not written because a file of that name appeared meanwhile.
 */
export async function commitWrites(dir: string, writes: readonly PlannedWrite[], fs: CommitFs): Promise<Set<string>> {
  if (writes.length === 0) return new Set();
  const staging = join(dir, STAGING);
  await fs.removeAll(staging);
  const failures = await mapInPool(writes, IO_CONCURRENCY, (write) =>
    fs.writeNewFile(stagedPath(dir, write.path), write.data).then(
      () => undefined,
      (error: unknown) => ({ path: write.path, error }),
    ),
  );
  const failure = failures.find((result) => result !== undefined);
  if (failure !== undefined) {
    await fs.removeAll(staging);
    throw new Error(`could not write ${failure.path}: ${reasonOf(failure.error)}; nothing was changed`);
  }
  const manifest: ManifestEntry[] = writes.map(({ path, overwrite }) => ({ file: relative(dir, path), overwrite }));
  const manifestPath = join(staging, 'commit.json');
  try {
    await fs.writeNewFile(`${manifestPath}.part`, `${JSON.stringify(manifest)}\n`);
    await fs.moveFile(`${manifestPath}.part`, manifestPath, { overwrite: true });
  } catch (error) {
    await fs.removeAll(staging);
    throw new Error(`could not write ${manifestPath}: ${reasonOf(error)}; nothing was changed`);
  }
  const { appeared } = await apply(dir, manifest, fs);
  await fs.removeAll(staging);
  return appeared;
}

/**
 * Puts right what an interrupted run left in `dir`: a committed batch is finished, one not yet
 * committed is discarded (the run that follows writes it again from the same starting point), and
 * temporary files of interrupted atomic writes are removed. Only safe while no other ingest runs
 * in `dir`, which the content-folder lock ensures.
 */
export async function recoverWrites(dir: string, fs: CommitFs): Promise<Recovery> {
  const staging = join(dir, STAGING);
  const manifest = parseManifest(await fs.readTextIfExists(join(staging, 'commit.json')));
  let completed: string[] = [];
  let discarded = 0;
  if (manifest !== undefined) completed = (await apply(dir, manifest, fs)).moved;
  else discarded = (await fs.listFiles(staging, '')).length;
  await fs.removeAll(staging);
  const temporary = await fs.listTemporaryFiles(dir);
  for (const file of temporary) await fs.removeAll(file);
  return { completed, discarded: discarded + temporary.length };
}

/*
 * Moves staged files into place, in manifest order. A staged file already gone was moved by the
 * run that was interrupted; an article whose name is taken by other bytes is left out and named.
 */
async function apply(
  dir: string,
  entries: readonly ManifestEntry[],
  fs: CommitFs,
): Promise<{ moved: string[]; appeared: Set<string> }> {
  const appeared = new Set<string>();
  const moved = await mapInPool(entries, IO_CONCURRENCY, async ({ file, overwrite }) => {
    const path = join(dir, file);
    const staged = stagedPath(dir, path);
    try {
      await fs.moveFile(staged, path, { overwrite });
      return path;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      if (code !== 'EEXIST') throw error;
      // Either this very file (a run stopped between linking and unlinking it) or someone else's.
      const [mine, theirs] = await Promise.all([fs.readTextIfExists(staged), fs.readTextIfExists(path)]);
      if (mine !== theirs) appeared.add(path);
      await fs.removeAll(staged);
      return mine === theirs ? path : undefined;
    }
  });
  return { moved: moved.filter((path) => path !== undefined), appeared };
}

function stagedPath(dir: string, path: string): string {
  return join(dir, STAGING, 'files', relative(dir, path));
}

/* A manifest that does not parse was never renamed into place whole: the batch was not committed. */
function parseManifest(text: string | undefined): ManifestEntry[] | undefined {
  if (text === undefined) return undefined;
  try {
    const json: unknown = JSON.parse(text);
    if (!Array.isArray(json)) return undefined;
    return json.filter(
      (entry): entry is ManifestEntry =>
        typeof (entry as ManifestEntry).file === 'string' && typeof (entry as ManifestEntry).overwrite === 'boolean',
    );
  } catch {
    return undefined;
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
