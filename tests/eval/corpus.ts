import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/*
 * The research corpus is kept beside the repository in `../shared/corpus`, never copied in. A
 * checkout one level deeper (a worktree folder beside others) finds it beside a parent folder;
 * DATELINE_CORPUS names another place.
 */
export function findCorpus(repoRoot: string): string | undefined {
  const given = process.env.DATELINE_CORPUS;
  if (given) return existsSync(given) ? resolve(given) : undefined;
  return findShared(repoRoot, 'corpus');
}

/** A folder of the shared data beside the repository (`../shared/<name>`) or beside one of its parents. */
export function findShared(repoRoot: string, name: string): string | undefined {
  for (let folder = resolve(repoRoot); ; folder = dirname(folder)) {
    const candidate = join(dirname(folder), 'shared', name);
    if (existsSync(candidate)) return candidate;
    if (dirname(folder) === folder) return undefined;
  }
}
