import { unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { readTextIfExists, writeFileAtomic } from './fs.ts';

/** The lock file, in the content folder, that one ingest at a time holds. */
export const LOCK_FILE = '.ingest.lock';

/** Who holds the lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When that ingest started, ISO 8601. */
  started: string;
}

/** Thrown when another ingest holds the content folder's lock (after waiting, if asked to). */
export class LockedError extends Error {
  override name = 'LockedError';
}

/** How long to wait for the lock: 0 fails at once. */
export interface LockOptions {
  waitSeconds: number;
  /** How often a waiting ingest looks again. */
  pollMs?: number;
}

/**
 * Takes the lock on a content folder, so that two ingests never read and write its registries at
 * once (each would write the registries it read plus its own entities, and one run's would be
 * lost). The lock file is created whole or not at all (a temporary file hard-linked into place)
 * and holds the pid, host and start time. A lock whose process is gone (same host, no such pid)
 * is stale and taken over; otherwise this waits up to `waitSeconds`, then throws
 * {@link LockedError} naming the holder. Resolves to the function that releases the lock.
 */
export async function lockContent(
  dir: string,
  { waitSeconds, pollMs = 200 }: LockOptions,
): Promise<() => Promise<void>> {
  const path = join(dir, LOCK_FILE);
  const mine = `${JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() })}\n`;
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    try {
      await writeFileAtomic(path, mine, { overwrite: false });
      return async () => {
        // Only our own lock is removed, should anyone have broken it meanwhile.
        if ((await readTextIfExists(path)) === mine) await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      // ENOENT: the running ingest removed our temporary file as a leftover; try again.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST' && code !== 'ENOENT') throw error;
    }
    const held = await readTextIfExists(path);
    if (held === undefined) continue;
    const holder = parseHolder(held);
    if (holder !== undefined && isGone(holder)) {
      // Removed only while it still says what was found stale, not a lock taken meanwhile.
      if ((await readTextIfExists(path)) === held) await unlink(path).catch(() => undefined);
      continue;
    }
    if (Date.now() >= deadline) throw new LockedError(lockedMessage(dir, path, holder, waitSeconds));
    await sleep(Math.min(pollMs, Math.max(1, deadline - Date.now())));
  }
}

/** The holder a lock file names, or undefined when it is not one this module wrote. */
export function parseHolder(text: string): LockHolder | undefined {
  try {
    const json = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(json.pid) && typeof json.host === 'string' && typeof json.started === 'string') {
      return json as LockHolder;
    }
  } catch {
    // Not JSON: not a lock this module wrote.
  }
  return undefined;
}

/* A process on another host cannot be asked after, so its lock is never taken as stale. */
function isGone(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function lockedMessage(dir: string, path: string, holder: LockHolder | undefined, waitSeconds: number): string {
  const who =
    holder === undefined
      ? `${path} exists but names no process`
      : `pid ${holder.pid} on ${holder.host}, started ${holder.started}`;
  const waited = waitSeconds > 0 ? `, still after waiting ${waitSeconds} s` : '';
  return (
    `another ingest is running in ${dir} (${who})${waited}: ` +
    `wait for it to finish, or pass --wait <seconds>; if no ingest is running, delete ${path}`
  );
}
