import { STAGING } from '../../src/ingest/command/commit.ts';
import type { IngestDeps } from '../../src/ingest/command/run.ts';

type FileSystemDeps = Omit<IngestDeps, 'extract' | 'onProgress'>;

/** An in-memory file system for ingest: paths are plain strings with `/`, folders are implied. */
export interface MemoryFs extends FileSystemDeps {
  files: Map<string, Uint8Array>;
  /** Text of a file, or undefined. */
  text(path: string): string | undefined;
  /** Paths under a folder, sorted. */
  under(dir: string): string[];
  /** Makes writes to matching paths fail after nothing was written, like a full disk. */
  failWrites(match: (path: string) => boolean): void;
  /**
   * Stops the process, as SIGKILL does, after `steps` more changes (a file created, renamed or
   * removed): from then on every change throws, so no cleanup runs. `Infinity` revives it.
   */
  crashAfter(steps: number): void;
  /**
   * Every file created or renamed into place outside a staging folder, in order, with the overwrite
   * flag used: what the run commits. The article index, a cache written by `replaceFile`, is not among them.
   */
  writes: { path: string; overwrite: boolean }[];
}

const TEMPORARY_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** A fresh in-memory file system holding `initial` (text or bytes by path). */
export function memoryFs(initial: Record<string, string | Uint8Array> = {}): MemoryFs {
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(initial))
    files.set(path, typeof content === 'string' ? encoder.encode(content) : content);
  let failing: (path: string) => boolean = () => false;
  let stepsLeft = Infinity;
  // Every change goes through this: it counts down to the simulated kill.
  const step = () => {
    if (stepsLeft <= 0) throw new Error('killed');
    stepsLeft -= 1;
  };
  const under = (dir: string) => [...files.keys()].filter((path) => path.startsWith(`${dir}/`)).sort();
  const record = (path: string, overwrite: boolean) => {
    if (!path.split('/').includes(STAGING)) fs.writes.push({ path, overwrite });
  };
  // A file's stamp names the very bytes it holds, so any write to it, by ingest or a test, changes it.
  const stamps = new WeakMap<Uint8Array, number>();
  let nextStamp = 0;
  const stampOf = (bytes: Uint8Array) => {
    if (!stamps.has(bytes)) stamps.set(bytes, (nextStamp += 1));
    return `${bytes.length}:${stamps.get(bytes)}`;
  };
  const missing = () => Object.assign(new Error('no such file or folder'), { code: 'ENOENT' });
  const fs: MemoryFs = {
    files,
    writes: [],
    text: (path) => {
      const bytes = files.get(path);
      return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
    },
    under,
    failWrites: (match) => {
      failing = match;
    },
    crashAfter: (steps) => {
      stepsLeft = steps;
    },
    listInputFiles: async (input) => {
      if (files.has(input)) return { files: [input], failures: [], outside: [] };
      const found = under(input).filter((path) => path.endsWith('.txt'));
      if (found.length === 0) throw missing();
      return { files: found, failures: [], outside: [] };
    },
    listFiles: async (dir, extension) => under(dir).filter((path) => path.endsWith(extension)),
    fileSize: async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw missing();
      return bytes.length;
    },
    readBytes: async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw missing();
      return bytes;
    },
    readTextIfExists: async (path) => fs.text(path),
    fileStamp: async (path) => {
      const bytes = files.get(path);
      return bytes === undefined ? undefined : stampOf(bytes);
    },
    replaceFile: async (path, data) => {
      step();
      if (failing(path)) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      files.set(path, encoder.encode(data));
    },
    writeNewFile: async (path, data) => {
      step();
      if (failing(path)) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      if (files.has(path)) throw Object.assign(new Error(`file exists: ${path}`), { code: 'EEXIST' });
      files.set(path, encoder.encode(data));
      record(path, false);
    },
    // Without overwrite, a link then an unlink, as on disk: a kill can fall between the two.
    moveFile: async (from, to, { overwrite }) => {
      const bytes = files.get(from);
      if (bytes === undefined) throw missing();
      if (!overwrite && files.has(to)) throw Object.assign(new Error(`file exists: ${to}`), { code: 'EEXIST' });
      step();
      files.set(to, bytes);
      record(to, overwrite);
      if (!overwrite) step();
      files.delete(from);
    },
    removeAll: async (path) => {
      const doomed = [path, ...under(path)].filter((file) => files.has(file));
      if (doomed.length > 0) step();
      for (const file of doomed) files.delete(file);
    },
    listTemporaryFiles: async (dir) =>
      under(dir).filter((path) => TEMPORARY_FILE.test(path.slice(path.lastIndexOf('/') + 1))),
  };
  return fs;
}
