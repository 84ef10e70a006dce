import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The project's root, where every build step runs. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** A module `node --import`s before Astro. */
const preload = (name: string) => ['--import', join(repoRoot, 'src', 'build', name)];

/**
 * The two steps of a build: Astro's own command, and the search index over what it wrote. Astro
 * runs with unshare-writes.ts loaded first, so that it never writes into a page it shares with the
 * last build (see reuse.ts), and link-cache-copies.ts, so that its cache's copy of a page it
 * renders is a second name of the page, not a second file.
 */
export const ASTRO_BUILD = [
  ...preload('unshare-writes.ts'),
  ...preload('link-cache-copies.ts'),
  ...preload('astro-kept-collator.ts'),
  join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
  'build',
];
export const SEARCH_INDEX = [join(repoRoot, 'src', 'search', 'cli.ts')];

/** The search step begun beside `astro build` on a cold build (see src/search/early-cli.ts). */
export const EARLY_SEARCH_INDEX = [join(repoRoot, 'src', 'search', 'early-cli.ts')];

/**
 * `astro build` as {@link ASTRO_BUILD}, also reporting each article page it has written over an
 * IPC channel (written-pages.ts), for the search step begun beside it.
 */
export const ASTRO_BUILD_REPORTING = [...preload('written-pages.ts'), ...ASTRO_BUILD];

/** A step running: its process, and its exit code once it ends. */
export interface RunningStep {
  child: ChildProcess;
  exited: Promise<number>;
}

/**
 * Starts a Node script of the project as a process of its own (so its memory is freed when it
 * ends), with `env` added to this process's environment and its output shown as it comes; `ipc`
 * opens a message channel to it. Its exit code is 128 when a signal ended it, 1 when it could not start.
 */
export function startStep(args: readonly string[], env: Record<string, string>, { ipc = false } = {}): RunningStep {
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ipc ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
  });
  const exited = new Promise<number>((done) => {
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
    child.on('error', () => done(1));
  });
  return { child, exited };
}

/** Runs a step to its end (see {@link startStep}); resolves to its exit code. */
export function runStep(args: readonly string[], env: Record<string, string>): Promise<number> {
  return startStep(args, env).exited;
}
