import { mkdir, mkdtemp, readdir, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { walkFiles, type WalkFs } from '../../src/walk-files.ts';

let dir = '';
let input = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-walk-'));
  input = join(dir, 'input');
  await mkdir(join(input, 'sub'), { recursive: true });
  await writeFile(join(input, 'a.txt'), 'a');
  await writeFile(join(input, 'sub', 'b.txt'), 'b');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const realFs: WalkFs = { readdir: (path) => readdir(path, { withFileTypes: true }), stat, realpath };

describe('walkFiles', () => {
  it('lists every matching file under a folder once, sorted, skipping hidden files and folders', async () => {
    await mkdir(join(input, '.git'));
    await writeFile(join(input, '.git', 'c.txt'), 'c');
    await writeFile(join(input, '.d.txt'), 'd');
    await writeFile(join(input, 'E.TXT'), 'e');
    await writeFile(join(input, 'notes.md'), 'n');
    expect(await walkFiles(input, '.txt')).toEqual({
      files: [join(input, 'E.TXT'), join(input, 'a.txt'), join(input, 'sub', 'b.txt')],
      failures: [],
      outside: [],
    });
  });

  it('ends on two symbolic links to the folder itself, listing each file once', async () => {
    await symlink('.', join(input, 'l1'));
    await symlink('.', join(input, 'l2'));
    await symlink('..', join(input, 'sub', 'up'));
    const walk = await walkFiles(input, '.txt');
    expect(walk.files).toEqual([join(input, 'a.txt'), join(input, 'sub', 'b.txt')]);
    expect(walk.failures).toEqual([]);
  });

  it('lists a file reached directly and through links under its own path', async () => {
    // The links sort before the real names, so only following links last keeps the real path.
    await symlink('sub', join(input, '0-sub'));
    await symlink('a.txt', join(input, '0-a.txt'));
    expect((await walkFiles(input, '.txt')).files).toEqual([join(input, 'a.txt'), join(input, 'sub', 'b.txt')]);
  });

  it('follows links inside the input to what is not otherwise walked, listing the first link met', async () => {
    await mkdir(join(input, '.drafts'));
    await writeFile(join(input, '.drafts', 'c.txt'), 'c');
    await writeFile(join(input, '.drafts', 'd.txt'), 'd');
    await symlink('.drafts', join(input, 'drafts'));
    await symlink(join('.drafts', 'c.txt'), join(input, 'c-link.txt'));
    expect((await walkFiles(input, '.txt')).files).toEqual([
      join(input, 'a.txt'),
      join(input, 'c-link.txt'),
      join(input, 'drafts', 'd.txt'),
      join(input, 'sub', 'b.txt'),
    ]);
  });

  it('does not follow links out of the folder, and says which', async () => {
    await mkdir(join(dir, 'elsewhere'));
    await writeFile(join(dir, 'elsewhere', 'x.txt'), 'x');
    await symlink(join(dir, 'elsewhere'), join(input, 'out'));
    await symlink(join(dir, 'elsewhere', 'x.txt'), join(input, 'x.txt'));
    await symlink('/', join(input, 'root'));
    const walk = await walkFiles(input, '.txt');
    expect(walk.files).toEqual([join(input, 'a.txt'), join(input, 'sub', 'b.txt')]);
    expect(walk.outside).toEqual([
      { path: join(input, 'out'), target: await realpath(join(dir, 'elsewhere')) },
      { path: join(input, 'root'), target: '/' },
      { path: join(input, 'x.txt'), target: await realpath(join(dir, 'elsewhere', 'x.txt')) },
    ]);
  });

  it('walks a folder given through a link, by its real place', async () => {
    await symlink(input, join(dir, 'inbox'));
    expect((await walkFiles(join(dir, 'inbox'), '.txt')).files).toEqual([
      join(dir, 'inbox', 'a.txt'),
      join(dir, 'inbox', 'sub', 'b.txt'),
    ]);
  });

  it('reports a broken link and a loop of links, and lists the rest', async () => {
    await symlink('missing', join(input, 'gone.txt'));
    await symlink('loop-b', join(input, 'loop-a'));
    await symlink('loop-a', join(input, 'loop-b'));
    const walk = await walkFiles(input, '.txt');
    expect(walk.files).toEqual([join(input, 'a.txt'), join(input, 'sub', 'b.txt')]);
    expect(walk.failures).toEqual([
      { path: join(input, 'gone.txt'), reason: 'is a symbolic link to nothing: its target is missing' },
      { path: join(input, 'loop-a'), reason: 'is a symbolic link in a loop of links that leads nowhere' },
      { path: join(input, 'loop-b'), reason: 'is a symbolic link in a loop of links that leads nowhere' },
    ]);
  });

  it('reports a sub-folder it cannot read and lists everything else', async () => {
    // Tests run as root, whom file modes do not stop, so the refusal is made by the file system
    // handed in; tests/unit/ingest/command/cli.test.ts makes a real one without root's privileges.
    await mkdir(join(input, 'sub', 'locked'));
    await writeFile(join(input, 'sub', 'locked', 'c.txt'), 'c');
    await writeFile(join(input, 'z.txt'), 'z');
    const refusing: WalkFs = {
      ...realFs,
      readdir: async (path) => {
        if (path === join(input, 'sub', 'locked'))
          throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
        return realFs.readdir(path);
      },
    };
    expect(await walkFiles(input, '.txt', refusing)).toEqual({
      files: [join(input, 'a.txt'), join(input, 'sub', 'b.txt'), join(input, 'z.txt')],
      failures: [
        { path: join(input, 'sub', 'locked'), reason: 'is a folder that could not be read: permission denied' },
      ],
      outside: [],
    });
  });

  it('throws when the folder itself does not exist', async () => {
    await expect(walkFiles(join(dir, 'missing'), '.txt')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
