import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/*
 * Loaded with `node --import` before `astro build` (see steps.ts). The build's staging folder
 * starts with the last build's pages hard-linked from Astro's incremental cache (reuse.ts), so a
 * page Astro skips costs a link instead of a copy. But a hard link is one file under two names:
 * Astro writes a page it renders again with `writeFile` into the existing path, which would change
 * the cache's copy and, through it, the published site's, before the build has succeeded. Here
 * every write that replaces a file by its path first removes that name if the file has other
 * names, so the write makes a new file and every other name keeps the old bytes.
 */

type PathLike = fs.PathLike | fs.promises.FileHandle | number;

/** Removes `path` when it names a file that has other names too; anything else is left alone. */
function unshare(path: PathLike): void {
  if (typeof path === 'number' || (typeof path === 'object' && 'fd' in path)) return;
  let stats: fs.Stats | undefined;
  try {
    // On a cold build no page exists yet: an error thrown for each of 34,000 writes cost more than the writes' checks.
    stats = fs.lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return;
  }
  if (stats?.isFile() && stats.nlink > 1) fs.unlinkSync(path);
}

/** Whether open flags write from the start of the file (truncate), not append or read. */
function truncates(flags: unknown): boolean {
  if (typeof flags === 'number') return (flags & fs.constants.O_TRUNC) !== 0;
  return typeof flags === 'string' && flags.startsWith('w');
}

/** Wraps `owner[name]` so that it calls `before(...args)` first. */
function before<T extends object>(owner: T, name: keyof T & string, check: (args: unknown[]) => void): void {
  const original = owner[name] as (...args: unknown[]) => unknown;
  Object.defineProperty(owner, name, {
    configurable: true,
    writable: true,
    value: function (this: unknown, ...args: unknown[]) {
      check(args);
      return original.apply(this, args);
    },
  });
}

const target = ([path]: unknown[]) => unshare(path as PathLike);
const copyTarget = ([, destination]: unknown[]) => unshare(destination as PathLike);
const openTarget = ([path, flags]: unknown[]) => {
  if (truncates(flags)) unshare(path as PathLike);
};
const streamTarget = ([path, options]: unknown[]) => {
  const flags = typeof options === 'object' && options !== null ? (options as { flags?: unknown }).flags : undefined;
  if (flags === undefined || truncates(flags)) unshare(path as PathLike);
};

for (const name of ['writeFile', 'writeFileSync'] as const) before(fs, name, target);
for (const name of ['copyFile', 'copyFileSync'] as const) before(fs, name, copyTarget);
for (const name of ['open', 'openSync'] as const) before(fs, name, openTarget);
before(fs, 'createWriteStream', streamTarget);
before(fs.promises, 'writeFile', target);
before(fs.promises, 'copyFile', copyTarget);
before(fs.promises, 'open', openTarget);
// Modules that import these by name (`import { writeFile } from 'node:fs/promises'`) get the wrapped ones too.
syncBuiltinESMExports();
