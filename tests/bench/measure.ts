/**
 * Runs one command and measures it: wall time, CPU time and the peak resident memory of the whole
 * process tree (the command and everything it starts), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one run cost. */
export interface Measured {
  code: number | null;
  wallSeconds: number;
  /** User plus system CPU seconds of the tree (from GNU time), when /usr/bin/time exists. */
  cpuSeconds?: number;
  /** Highest sum of resident memory over the tree, in bytes (0 where /proc is missing). */
  peakRss: number;
  stdout: string;
  stderr: string;
}

const PAGE = 4096;
const GNU_TIME = '/usr/bin/time';

/** Runs `command args` in `cwd` and resolves when it exits, however it exits. */
export async function measure(
  command: string,
  args: string[],
  options: {
    cwd: string;
    env?: Record<string, string>;
    /** Called with each output line (stdout and stderr) and the seconds since the start. */
    onLine?: (line: string, seconds: number) => void;
  },
): Promise<Measured> {
  const timeDir = await mkdtemp(join(tmpdir(), 'dateline-bench-time-'));
  const timeFile = join(timeDir, 'time');
  const wrapped = existsSync(GNU_TIME);
  const [file, argv] = wrapped ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, command, ...args]] : [command, args];
  const start = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env } });
  let stdout = '';
  let stderr = '';
  const lines = (chunk: Buffer) => {
    const seconds = (performance.now() - start) / 1000;
    for (const line of chunk.toString().split('\n')) if (line !== '') options.onLine?.(line, seconds);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    lines(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    lines(chunk);
  });
  let peakRss = 0;
  const sample = () => {
    if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid));
  };
  const timer = setInterval(sample, 100);
  const code = await new Promise<number | null>((resolve) => {
    child.on('close', resolve);
    child.on('error', () => resolve(null)); // the command could not be started
  });
  clearInterval(timer);
  const wallSeconds = (performance.now() - start) / 1000;
  let cpuSeconds: number | undefined;
  if (wrapped) {
    const times = (await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').at(-1)?.split(' ') ?? [];
    const [user, system] = times.map(Number);
    if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuSeconds = user + system;
  }
  await rm(timeDir, { recursive: true, force: true });
  return { code, wallSeconds, cpuSeconds, peakRss, stdout, stderr };
}

/** Sum of resident memory of a process and all its descendants, in bytes. */
export function treeRss(root: number): number {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of pids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited between listing and reading
    }
    // Fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const parent = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE);
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
