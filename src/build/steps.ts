import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The project's root, where every build step runs. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

/**
 * The two steps of a build: Astro's own command, and the search index over what it wrote. Astro
 * runs with unshare-writes.ts loaded first, so that it never writes into a page it shares with the
 * last build (see reuse.ts).
 */
export const ASTRO_BUILD = [
  '--import',
  join(repoRoot, 'src', 'build', 'unshare-writes.ts'),
  join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
  'build',
];
export const SEARCH_INDEX = [join(repoRoot, 'src', 'search', 'cli.ts')];

/**
 * Runs a Node script of the project as a process of its own (so its memory is freed when it ends),
 * with `env` added to this process's environment and its output shown as it comes; resolves to
 * its exit code (128 when a signal ended it, 1 when it could not start).
 */
export function runStep(args: readonly string[], env: Record<string, string>): Promise<number> {
  const child = spawn(process.execPath, args, { cwd: repoRoot, env: { ...process.env, ...env }, stdio: 'inherit' });
  return new Promise((done) => {
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
    child.on('error', () => done(1));
  });
}
