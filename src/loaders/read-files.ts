import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * What content sync knows of each article file it has read, by entry id: the file's stamp and the
 * digest of its bytes (article-loader.ts). Kept in a file of its own beside Astro's data store, not
 * in the store's meta: the pages never read it, and in the store every build parsed, serialised and
 * wrote it again with the rest (3.5 MB of the store's 19 MB at 20,000 articles).
 */
export interface ReadFiles {
  get(id: string): string | undefined;
  set(id: string, read: string): void;
  delete(id: string): void;
  ids(): IterableIterator<string>;
  /** Writes what changed since the file was read or last saved; never fails the sync. */
  save(): void;
}

/** The file's own shape; a file of another shape (or none) is an empty record. */
interface ReadFilesFile {
  version: 1;
  files: Record<string, string>;
}

/*
 * A record that is missing, unreadable or of another shape only costs reading the files again:
 * each stamp is checked against the file, and each digest against the stored entry's, so a record
 * older or newer than the store can never keep an entry made from other bytes.
 */
function readRecord(path: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return new Map();
  }
  const record = parsed as Partial<ReadFilesFile> | null;
  if (record?.version !== 1 || typeof record.files !== 'object' || record.files === null) return new Map();
  const files = new Map<string, string>();
  for (const [id, read] of Object.entries(record.files)) if (typeof read === 'string') files.set(id, read);
  return files;
}

/** The record kept at `path` (read once, now), with `warn` told when it cannot be saved. */
export function readFilesAt(path: string, warn: (message: string) => void): ReadFiles {
  const files = readRecord(path);
  let changed = false;
  return {
    get: (id) => files.get(id),
    set: (id, read) => {
      if (files.get(id) === read) return;
      files.set(id, read);
      changed = true;
    },
    delete: (id) => {
      changed = files.delete(id) || changed;
    },
    ids: () => files.keys(),
    save: () => {
      if (!changed) return;
      // Written whole under another name and renamed into place: a sync killed half-way leaves the old record.
      const temp = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(path), { recursive: true });
        const record: ReadFilesFile = { version: 1, files: Object.fromEntries(files) };
        writeFileSync(temp, JSON.stringify(record));
        renameSync(temp, path);
        changed = false;
      } catch (error) {
        rmSync(temp, { force: true });
        warn(`${path} could not be written (${(error as Error).message}); the next build reads every article again`);
      }
    },
  };
}
