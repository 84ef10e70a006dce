import { cpSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The files under `dir` (not folders), as paths relative to it, in the order the folder lists them. */
export function filesUnder(dir: string): string[] {
  // The folders below `dir` are listed as `dir` joined to their path, so for a `dir` written as
  // `join` writes it, a file's path is what follows it: resolving each against `dir` again took
  // longer than listing the 60,000 files of a large site.
  const inside = join(dir) === dir && !dir.endsWith(sep) ? `${dir}${sep}` : undefined;
  const pathOf = (folder: string, name: string) =>
    folder === dir
      ? name
      : inside !== undefined && folder.startsWith(inside)
        ? `${folder.slice(inside.length)}${sep}${name}`
        : relative(dir, join(folder, name));
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => pathOf(entry.parentPath, entry.name));
}

/** Errors of a file system that cannot hard-link `from` to `to` (another device, no links at all). */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'EMLINK', 'ENOTSUP']);

/**
 * Gives every file under `from` a second name at the same path under `to` (made if missing): a
 * hard link, which costs no copy of the bytes. Returns the files' paths relative to `to`, or
 * undefined when the file system cannot link the two, after removing what was linked.
 * The caller must make sure that nothing writes into either name afterwards (only replaces it),
 * since both are one file.
 */
export function linkTree(from: string, to: string): string[] | undefined {
  const paths: string[] = [];
  const made = new Set<string>();
  try {
    for (const path of filesUnder(from)) {
      const folder = dirname(join(to, path));
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      linkSync(join(from, path), join(to, path));
      paths.push(path);
    }
  } catch (error) {
    if (!CANNOT_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    rmSync(to, { recursive: true, force: true });
    return undefined;
  }
  return paths;
}

/** Like {@link linkTree}, copying the files when they cannot be linked. */
export function linkOrCopyTree(from: string, to: string): void {
  if (linkTree(from, to) === undefined) cpSync(from, to, { recursive: true });
}
