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
  /**
   * User plus system CPU seconds of the tree: what GNU time reports (when /usr/bin/time exists) for
   * the processes the command waited for, or what the samples of /proc saw, if more. Pagefind's
   * indexing process is one the search step does not wait for, so GNU time alone misses it.
   */
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
  // The last CPU ticks sampled of each process of the tree, by pid.
  const ticks = new Map<number, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = treeSample(child.pid);
    peakRss = Math.max(peakRss, tree.rss);
    for (const [pid, used] of tree.ticks) ticks.set(pid, used);
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
  // A process's own ticks only (not its reaped children's), so no process is counted twice; what a
  // process used after its last sample (under 0.1 s) is missed.
  const sampled = [...ticks.values()].reduce((sum, used) => sum + used, 0) / CLOCK_TICKS;
  if (sampled > (cpuSeconds ?? 0)) cpuSeconds = sampled;
  await rm(timeDir, { recursive: true, force: true });
  return { code, wallSeconds, cpuSeconds, peakRss, stdout, stderr };
}

/** Linux's unit of the CPU times in /proc/<pid>/stat (USER_HZ), 100 on every common system. */
const CLOCK_TICKS = 100;

/**
 * The resident memory of a process and all its descendants, in bytes, and the CPU ticks (user plus
 * system) each of them has used so far.
 */
export function treeSample(root: number): { rss: number; ticks: Map<number, number> } {
  const ticks = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return { rss: 0, ticks };
  }
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const used = new Map<number, number>();
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
    used.set(pid, Number(fields[11]) + Number(fields[12]));
    children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    if (used.has(pid)) ticks.set(pid, used.get(pid)!);
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss: total, ticks };
}
