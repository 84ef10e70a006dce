import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseExtractor, parseCliArgs } from '../../../../src/ingest/command/main.ts';
import { loadTagger } from '../../../../src/ingest/extractor/tagger/load.ts';
import { referencedIds } from '../../../../src/ingest/registry/repair.ts';
import { comparableIndex, isIndexFile } from '../../../helpers/ingest-index.ts';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '..', '..', '..', '..');
const raw = (name: string) => join(repoRoot, 'tests', 'fixtures', 'ingest', 'raw', name);

async function cli(args: string[], prefix: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const [command = process.execPath, ...rest] = [...prefix, process.execPath];
  try {
    const { stdout, stderr } = await run(
      command,
      [...rest, join(repoRoot, 'src', 'ingest', 'command', 'cli.ts'), ...args],
      {
        cwd: repoRoot,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

/* `count` generated articles dealt in turn into `folders`, sharing people and bodies among them. */
async function writeArticles(folders: string[], count: number): Promise<void> {
  await Promise.all(folders.map((folder) => mkdir(folder, { recursive: true })));
  const first = ['Ana', 'Carlos', 'Maria', 'Jonas', 'Helen', 'Tomas', 'Elena', 'Peter', 'Sara', 'David'];
  const last = ['Lopez', 'Berg', 'Okafor', 'Eklund', 'Park', 'Marsh', 'Novak', 'Costa', 'Ito', 'Singh'];
  const towns = ['Vellmar', 'Port Alder', 'Northfield', 'Eastwick', 'Lindholm', 'Brackton'];
  for (let i = 0; i < count; i += 1) {
    const person = `${first[i % 10]} ${last[Math.floor(i / 3) % 10]}`;
    const other = `${first[(i + 3) % 10]} ${last[(i + 7) % 10]}`;
    const town = towns[i % towns.length];
    const text =
      `date 2024-03-${String((i % 28) + 1).padStart(2, '0')} Mayor ${person} of ${town} met ${other} ` +
      `of the ${town} Harbour Authority on Monday to discuss report number ${i}.\n\n` +
      `${person.split(' ')[1]} said the talks with the ${town} Harbour Authority had gone well.\n`;
    await writeFile(join(folders[i % folders.length] ?? '', `${String(i).padStart(3, '0')}.txt`), text);
  }
}

/* Every file under `dir`, hidden ones too, by path relative to it, as text (the article index without its stamps). */
async function tree(dir: string): Promise<Record<string, unknown>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const files = await Promise.all(
    names.map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      const text = await readFile(path, 'utf8');
      return [relative(dir, path), isIndexFile(path) ? comparableIndex(text) : text] as const;
    }),
  );
  return Object.fromEntries(files.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/* A fresh folder under tests/.tmp (git-ignored), which a fresh clone does not have yet. */
async function scratchFolder(prefix: string): Promise<string> {
  await mkdir(join(repoRoot, 'tests', '.tmp'), { recursive: true });
  return mkdtemp(join(repoRoot, 'tests', '.tmp', prefix));
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
      relink: false,
      tagger: false,
      waitSeconds: 0,
    });
    expect(parseCliArgs(['--content', 'out', '--dry-run', '--json', '--review', '--tagger', 'a.txt'])).toEqual({
      inputs: ['a.txt'],
      contentDir: 'out',
      dryRun: true,
      json: true,
      review: true,
      relink: false,
      tagger: true,
      waitSeconds: 0,
    });
    expect(parseCliArgs(['--wait', '2.5', 'a.txt'])).toMatchObject({ waitSeconds: 2.5 });
  });

  it('refuses a --wait that is not a number of seconds', () => {
    for (const wait of ['', 'soon', '-1']) {
      expect(() => parseCliArgs([`--wait=${wait}`, 'a.txt'])).toThrow(
        `--wait takes a number of seconds, not "${wait}"`,
      );
    }
  });

  it('runs the rules alone unless --tagger is given, and reads the model only then', () => {
    const load = vi.fn(loadTagger);
    const text = 'date 2024-03-01 Mayor Ana Lopez met the Harbour Authority.';
    const options = (argv: string[]) => {
      const parsed = parseCliArgs(argv);
      if (parsed === 'help') throw new Error('not a run');
      return parsed;
    };
    const rules = chooseExtractor(options(['a.txt']), load);
    expect(load).not.toHaveBeenCalled();
    expect(rules(text, {}).people.map((person) => person.name)).toEqual(['Ana Lopez']);
    chooseExtractor(options(['--tagger', 'a.txt']), load);
    expect(load).toHaveBeenCalledTimes(1);
    const unreadable = () => loadTagger(join(tmpdir(), 'dateline-no-such-model.json'));
    expect(() => chooseExtractor({ tagger: true }, unreadable)).toThrow(/dateline-no-such-model\.json: ENOENT/);
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help'])).toBe('help');
  });

  it('refuses a run with no inputs or an unknown option', () => {
    expect(() => parseCliArgs([])).toThrow('no files or folders given');
    expect(() => parseCliArgs(['--force', 'a.txt'])).toThrow(/--force/);
  });

  it('relinks the archive only when asked, with or without new inputs', () => {
    expect(parseCliArgs(['a.txt'])).toMatchObject({ relink: false });
    expect(parseCliArgs(['--relink'])).toMatchObject({ relink: true, inputs: [] });
    expect(parseCliArgs(['--relink', 'a.txt'])).toMatchObject({ relink: true, inputs: ['a.txt'] });
  });
});

// Each case starts the command in a fresh Node process, which takes seconds on a loaded machine.
describe('the ingest command starting', { timeout: 60_000 }, () => {
  it("keeps the compiled code of the modules it loads in Node's compile cache, which it enables before loading them", async () => {
    // Node's default cache folder lies in the temporary folder, which TMPDIR names.
    const temporary = await mkdtemp(join(tmpdir(), 'dateline-cli-cache-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temporary };
      delete env.NODE_COMPILE_CACHE;
      delete env.NODE_DISABLE_COMPILE_CACHE;
      const { stdout } = await run(process.execPath, [join(repoRoot, 'src', 'ingest', 'command', 'cli.ts'), '--help'], {
        cwd: repoRoot,
        env,
      });
      expect(stdout).toContain('Usage: npm run ingest');
      const cache = join(temporary, 'node-compile-cache');
      const cached = (await readdir(cache, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      // Every module of the command, its dependencies among them, not the entry point alone (some 900).
      expect(cached.length).toBeGreaterThan(100);
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  });
});

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

  it('lets two runs at once into one folder take turns with --wait: every article in, every id resolving', async () => {
    const scratch = await scratchFolder('concurrent-');
    try {
      const halves = [join(scratch, 'in-a'), join(scratch, 'in-b')];
      await Promise.all(halves.map((half) => mkdir(half, { recursive: true })));
      await writeArticles(halves, 120);
      const into = join(scratch, 'content');
      const runs = await Promise.all(halves.map((half) => cli(['--content', into, '--json', '--wait', '120', half])));
      for (const { code, stderr } of runs) expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const counts = runs.map(({ stdout }) => (JSON.parse(stdout) as { counts: Record<string, number> }).counts);
      expect(counts).toEqual([
        { imported: 60, skipped: 0, failed: 0 },
        { imported: 60, skipped: 0, failed: 0 },
      ]);
      const registry = async (kind: string) =>
        new Set(
          (JSON.parse(await readFile(join(into, `${kind}.json`), 'utf8')) as { id: string }[]).map(({ id }) => id),
        );
      const known = {
        people: await registry('people'),
        organisations: await registry('organisations'),
        events: await registry('events'),
      };
      const articles = await readdir(join(into, 'articles', '2024'));
      expect(articles).toHaveLength(120);
      const dangling: string[] = [];
      for (const name of articles) {
        const text = await readFile(join(into, 'articles', '2024', name), 'utf8');
        for (const { kind, id } of referencedIds(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '')) {
          if (!known[kind].has(id)) dangling.push(`${name}: ${kind} ${id}`);
        }
      }
      expect(dangling).toEqual([]);
      expect(known.people.size).toBeGreaterThan(20);
      expect(await readdir(into)).not.toContain('.ingest.lock');
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('stops at once while another ingest holds the content folder, naming its pid, and writes nothing', async () => {
    await writeFile(
      join(content, '.ingest.lock'),
      `${JSON.stringify({ pid: process.pid, host: hostname(), started: 'now' })}\n`,
    );
    const { code, stdout, stderr } = await cli(['--content', content, raw('kicker.txt')]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(`ingest: another ingest is running in ${content} (pid ${process.pid} on ${hostname()}`);
    expect(await readdir(content)).toEqual(['.ingest.lock']);
  });

  it('reruns after a SIGKILL mid-write to exactly the files an uninterrupted run writes', async () => {
    const scratch = await scratchFolder('killed-');
    try {
      const input = join(scratch, 'in');
      await writeArticles([input], 120);
      const whole = join(scratch, 'whole');
      expect((await cli(['--content', whole, input])).code).toBe(0);
      // Killed as soon as it starts writing: the staging folder is where every write begins. On a
      // loaded machine the poll can miss a short write phase and the run ends on its own; then it
      // is tried again in a fresh folder, so the test always checks a run killed mid-write.
      let killed = '';
      let signal: unknown = null;
      for (let attempt = 0; attempt < 5 && signal !== 'SIGKILL'; attempt += 1) {
        killed = join(scratch, `killed-${attempt}`);
        const child = spawn(
          process.execPath,
          [join(repoRoot, 'src', 'ingest', 'command', 'cli.ts'), '--content', killed, input],
          { stdio: 'ignore' },
        );
        const folder = killed;
        const poll = setInterval(() => {
          if (existsSync(join(folder, '.ingest-staging'))) child.kill('SIGKILL');
        }, 2);
        signal = await new Promise((done) => child.on('exit', (_code, received) => done(received)));
        clearInterval(poll);
      }
      expect(signal).toBe('SIGKILL');
      const rerun = await cli(['--content', killed, input]);
      expect(rerun.code).toBe(0);
      expect(await tree(killed)).toEqual(await tree(whole));
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }, 120_000);
});
