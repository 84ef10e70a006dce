import type { IngestDeps } from '../../src/ingest/run.ts';

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
  /** Every path written, in order, with the overwrite flag used. */
  writes: { path: string; overwrite: boolean }[];
}

/** A fresh in-memory file system holding `initial` (text or bytes by path). */
export function memoryFs(initial: Record<string, string | Uint8Array> = {}): MemoryFs {
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(initial))
    files.set(path, typeof content === 'string' ? encoder.encode(content) : content);
  let failing: (path: string) => boolean = () => false;
  const under = (dir: string) => [...files.keys()].filter((path) => path.startsWith(`${dir}/`)).sort();
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
    writeFileAtomic: async (path, data, { overwrite }) => {
      if (failing(path)) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      if (!overwrite && files.has(path)) throw Object.assign(new Error(`file exists: ${path}`), { code: 'EEXIST' });
      files.set(path, encoder.encode(data));
      fs.writes.push({ path, overwrite });
    },
  };
  return fs;
}
