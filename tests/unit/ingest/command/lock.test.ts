import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockContent, LockedError, parseHolder } from '../../../../src/ingest/command/lock.ts';

const scratch = resolve(import.meta.dirname, '..', '..', '..', '.tmp');
let dir = '';
beforeEach(async () => {
  await mkdir(scratch, { recursive: true });
  dir = await mkdtemp(join(scratch, 'lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/* The pid of a process that has exited, so certainly not running. */
async function deadPid(): Promise<number> {
  const child = execFile(process.execPath, ['-e', '']);
  await new Promise((done) => child.on('exit', done));
  return child.pid ?? 0;
}

const holder = (pid: number, host = hostname()) =>
  `${JSON.stringify({ pid, host, started: '2026-01-01T00:00:00.000Z' })}\n`;

describe('lockContent', () => {
  it('writes the pid, host and start time, refuses a second holder, and removes the file on release', async () => {
    const release = await lockContent(dir, { waitSeconds: 0 });
    expect(parseHolder(await readFile(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    await expect(lockContent(dir, { waitSeconds: 0 })).rejects.toThrow(LockedError);
    await release();
    expect(await readdir(dir)).toEqual([]);
  });

  it('names the running holder and says how to wait, at once by default', async () => {
    await writeFile(join(dir, LOCK_FILE), holder(process.pid));
    await expect(lockContent(dir, { waitSeconds: 0 })).rejects.toThrow(
      `another ingest is running in ${dir} (pid ${process.pid} on ${hostname()}, started 2026-01-01T00:00:00.000Z): ` +
        `wait for it to finish, or pass --wait <seconds>; if no ingest is running, delete ${join(dir, LOCK_FILE)}`,
    );
  });

  it('waits for the holder to release the lock, and gives up after the time it was given', async () => {
    await writeFile(join(dir, LOCK_FILE), holder(process.pid));
    await expect(lockContent(dir, { waitSeconds: 0.3, pollMs: 50 })).rejects.toThrow('still after waiting 0.3 s');
    const waiting = lockContent(dir, { waitSeconds: 30, pollMs: 20 });
    await rm(join(dir, LOCK_FILE));
    const release = await waiting;
    expect(parseHolder(await readFile(join(dir, LOCK_FILE), 'utf8'))?.pid).toBe(process.pid);
    await release();
  });

  it('takes over a lock whose process is gone, but never one from another host', async () => {
    await writeFile(join(dir, LOCK_FILE), holder(await deadPid()));
    const release = await lockContent(dir, { waitSeconds: 0 });
    expect(parseHolder(await readFile(join(dir, LOCK_FILE), 'utf8'))?.pid).toBe(process.pid);
    await release();
    await writeFile(join(dir, LOCK_FILE), holder(await deadPid(), `not-${hostname()}`));
    await expect(lockContent(dir, { waitSeconds: 0 })).rejects.toThrow(LockedError);
  });

  it('never takes over a lock file it cannot read a holder from', async () => {
    await writeFile(join(dir, LOCK_FILE), 'kept by hand\n');
    await expect(lockContent(dir, { waitSeconds: 0 })).rejects.toThrow(
      `${join(dir, LOCK_FILE)} exists but names no process`,
    );
  });
});
