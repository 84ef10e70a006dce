import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/ingest/cli.ts';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const raw = (name: string) => join(repoRoot, 'tests', 'fixtures', 'ingest', 'raw', name);

async function cli(args: string[], prefix: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const [command = process.execPath, ...rest] = [...prefix, process.execPath];
  try {
    const { stdout, stderr } = await run(command, [...rest, join(repoRoot, 'src', 'ingest', 'cli.ts'), ...args], {
      cwd: repoRoot,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

let content = '';
beforeEach(async () => {
  content = await mkdtemp(join(tmpdir(), 'dateline-cli-'));
});
afterEach(async () => {
  await rm(content, { recursive: true, force: true });
});

describe('parseCliArgs', () => {
  it('reads inputs and options, with content/ as the default folder', () => {
    expect(parseCliArgs(['a.txt', 'folder'])).toEqual({
      inputs: ['a.txt', 'folder'],
      contentDir: 'content',
      dryRun: false,
      json: false,
      review: false,
      rulesOnly: false,
    });
    expect(parseCliArgs(['--content', 'out', '--dry-run', '--json', '--review', '--rules-only', 'a.txt'])).toEqual({
      inputs: ['a.txt'],
      contentDir: 'out',
      dryRun: true,
      json: true,
      review: true,
      rulesOnly: true,
    });
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help'])).toBe('help');
  });

  it('refuses a run with no inputs or an unknown option', () => {
    expect(() => parseCliArgs([])).toThrow('no files or folders given');
    expect(() => parseCliArgs(['--force', 'a.txt'])).toThrow(/--force/);
  });
});

// Each case starts the command in a fresh Node process, which takes seconds on a loaded machine.
describe('main (the ingest command)', { timeout: 60_000 }, () => {
  it('imports good files, names each bad file with its reason, and exits 1 with the summary line', async () => {
    const { code, stdout } = await cli(['--content', content, raw('kicker.txt'), raw('bad-impossible-date.txt')]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      `failed   ${raw('bad-impossible-date.txt')}: has an impossible date: 2025-02-30 is not a day of the calendar`,
    );
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('imported 1, skipped 0 (already imported), failed 1');
    expect(await readdir(join(content, 'articles', '2024'))).toHaveLength(1);
  });

  it('exits 0 and skips everything on a second run', async () => {
    await cli(['--content', content, raw('kicker.txt')]);
    const { code, stdout } = await cli(['--content', content, raw('kicker.txt')]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('imported 0, skipped 1 (already imported), failed 0');
  });

  it('prints a JSON report with --json and writes nothing with --dry-run', async () => {
    const { code, stdout } = await cli(['--content', content, '--json', '--dry-run', raw('kicker.txt')]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { dryRun: boolean; counts: Record<string, number> };
    expect(report.dryRun).toBe(true);
    expect(report.counts).toEqual({ imported: 1, skipped: 0, failed: 0 });
    expect(await readdir(content)).toEqual([]);
  });

  it('prints control and bidirectional characters of a file name as escapes, in text and in JSON', async () => {
    const inputs = await mkdtemp(join(tmpdir(), 'dateline-cli-in-'));
    try {
      const name = 'wire\u001B[2J\u0007\u202Etxt.\u2066.txt';
      await copyFile(raw('kicker.txt'), join(inputs, name));
      await writeFile(join(inputs, 'broken\u001B]0;x\u0007.txt'), 'no date here');
      const unprintable = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
      const text = await cli(['--content', content, '--dry-run', inputs]);
      expect(text.code).toBe(1);
      expect(text.stdout).not.toMatch(unprintable);
      expect(text.stdout).toContain('wire\\x1B[2J\\x07\\u202Etxt.\\u2066.txt');
      expect(text.stdout).toContain('broken\\x1B]0;x\\x07.txt: has no date line');
      const json = await cli(['--content', content, '--dry-run', '--json', inputs]);
      expect(json.stdout).not.toMatch(unprintable);
      const report = JSON.parse(json.stdout) as { files: { file: string }[] };
      expect(report.files.map((outcome) => outcome.file).sort()).toEqual(
        [join(inputs, 'broken\u001B]0;x\u0007.txt'), join(inputs, name)].sort(),
      );
    } finally {
      await rm(inputs, { recursive: true, force: true });
    }
  });

  it('walks a folder with link loops and an unreadable sub-folder: each file once, the folder failed alone', async () => {
    const input = join(content, 'input');
    await mkdir(join(input, 'locked'), { recursive: true });
    await copyFile(raw('kicker.txt'), join(input, 'kicker.txt'));
    await copyFile(raw('seed.txt'), join(input, 'locked', 'seed.txt'));
    await symlink('.', join(input, 'l1'));
    await symlink('.', join(input, 'l2'));
    await symlink(dirname(raw('seed.txt')), join(input, 'raw'));
    await chmod(join(input, 'locked'), 0o000);
    // File modes do not stop root, so as root the command runs without the two capabilities
    // that let root read any folder (setpriv is part of util-linux, on every Debian system).
    const unprivileged = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search'] : [];
    const { code, stdout } = await cli(['--content', join(content, 'out'), input], unprivileged);
    await chmod(join(input, 'locked'), 0o755);
    expect(stdout).toContain(
      `failed   ${join(input, 'locked')}: is a folder that could not be read: permission denied`,
    );
    expect(stdout).toContain(`not followed ${join(input, 'raw')} → ${dirname(raw('seed.txt'))}`);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('imported 1, skipped 0 (already imported), failed 1');
    expect(code).toBe(1);
  });

  it('exits 2 with the usage when no inputs are given', async () => {
    const { code, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stderr).toContain('ingest: no files or folders given');
    expect(stderr).toContain('Usage: npm run ingest');
  });
});
