import { mkdtemp, mkdir, readdir, readFile, rename, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fileSize,
  fileStamp,
  listFiles,
  listInputFiles,
  listTemporaryFiles,
  moveFile,
  readBytes,
  readTextIfExists,
  removeAll,
  writeFileAtomic,
  writeNewFile,
} from '../../../../src/ingest/command/fs.ts';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-fs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listInputFiles', () => {
  it('returns a file as itself, whatever its extension', async () => {
    await writeFile(join(dir, 'a.text'), 'x');
    expect((await listInputFiles(join(dir, 'a.text'))).files).toEqual([join(dir, 'a.text')]);
  });

  it('walks a folder recursively for .txt files, sorted, skipping hidden ones', async () => {
    await mkdir(join(dir, 'b', 'c'), { recursive: true });
    for (const name of ['z.txt', 'b/c/y.TXT', 'b/x.txt', 'b/notes.md', '.hidden.txt'])
      await writeFile(join(dir, name), 'x');
    expect((await listInputFiles(dir)).files).toEqual([
      join(dir, 'b/c/y.TXT'),
      join(dir, 'b/x.txt'),
      join(dir, 'z.txt'),
    ]);
  });

  it('says plainly when the input does not exist', async () => {
    await expect(listInputFiles(join(dir, 'missing'))).rejects.toThrow('no such file or folder');
  });
});

describe('listFiles', () => {
  it('finds nothing in a missing folder', async () => {
    expect(await listFiles(join(dir, 'missing'), '.mdx')).toEqual([]);
  });

  it('ends on a symbolic link loop, listing each file once', async () => {
    await mkdir(join(dir, '2024'));
    await writeFile(join(dir, '2024', 'a.mdx'), 'x');
    await symlink('.', join(dir, 'l1'));
    await symlink('..', join(dir, '2024', 'l2'));
    expect(await listFiles(dir, '.mdx')).toEqual([join(dir, '2024', 'a.mdx')]);
  });

  it('fails naming a link it cannot follow, rather than listing the content folder in part', async () => {
    await symlink('missing', join(dir, '2024'));
    await expect(listFiles(dir, '.mdx')).rejects.toThrow(
      `${join(dir, '2024')} is a symbolic link to nothing: its target is missing`,
    );
  });
});

describe('fileSize', () => {
  it('is the size in bytes', async () => {
    await writeFile(join(dir, 'a'), 'héllo');
    expect(await fileSize(join(dir, 'a'))).toBe(6);
  });

  it('rejects, naming the file, when it is missing (a promise that fails, not a throw)', async () => {
    const sized = fileSize(join(dir, 'missing'));
    await expect(sized).rejects.toMatchObject({ code: 'ENOENT', message: expect.stringContaining('missing') });
  });
});

describe('readBytes', () => {
  it('returns the bytes unchanged', async () => {
    await writeFile(join(dir, 'a'), new Uint8Array([0xef, 0xbb, 0xbf, 0x41]));
    expect([...(await readBytes(join(dir, 'a')))]).toEqual([0xef, 0xbb, 0xbf, 0x41]);
  });

  it('rejects, naming the file, when it is missing (a promise that fails, not a throw)', async () => {
    const read = readBytes(join(dir, 'missing'));
    await expect(read).rejects.toMatchObject({ code: 'ENOENT', message: expect.stringContaining('missing') });
  });
});

describe('readTextIfExists', () => {
  it('is undefined for a missing file and the text otherwise', async () => {
    expect(await readTextIfExists(join(dir, 'missing'))).toBeUndefined();
    await writeFile(join(dir, 'a'), 'text');
    expect(await readTextIfExists(join(dir, 'a'))).toBe('text');
  });

  it('rejects for a path that exists but cannot be read as a file', async () => {
    await mkdir(join(dir, 'folder'));
    await expect(readTextIfExists(join(dir, 'folder'))).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('fileStamp', () => {
  it('is undefined for a missing file and changes when the file is rewritten, even to the same size', async () => {
    const path = join(dir, 'a.mdx');
    expect(await fileStamp(path)).toBeUndefined();
    await writeFile(path, 'one');
    const first = await fileStamp(path);
    expect(await fileStamp(path)).toBe(first);
    // Past the file system's clock tick, which on some is a few milliseconds.
    await new Promise((done) => setTimeout(done, 30));
    await writeFile(path, 'two');
    expect(await fileStamp(path)).not.toBe(first);
  });

  it('changes when the file is replaced by another with the same size and modification time', async () => {
    const path = join(dir, 'a.mdx');
    const time = new Date('2025-03-14T12:00:00Z');
    await writeFile(path, 'one');
    await utimes(path, time, time);
    const first = await fileStamp(path);
    await new Promise((done) => setTimeout(done, 30));
    // As a tool that keeps modification times (a copy, an archive unpacked) would leave it.
    await writeFile(join(dir, 'b.tmp'), 'two');
    await utimes(join(dir, 'b.tmp'), time, time);
    await rename(join(dir, 'b.tmp'), path);
    expect((await stat(path)).mtime).toEqual(time);
    expect(await fileStamp(path)).not.toBe(first);
  });
});

describe('writeFileAtomic', () => {
  it('creates folders and writes the file, leaving no temporary file', async () => {
    await writeFileAtomic(join(dir, 'x', 'y', 'a.mdx'), 'new', { overwrite: false });
    expect(await readFile(join(dir, 'x', 'y', 'a.mdx'), 'utf8')).toBe('new');
    expect(await readdir(join(dir, 'x', 'y'))).toEqual(['a.mdx']);
  });

  it('replaces a file when overwriting is allowed', async () => {
    await writeFile(join(dir, 'people.json'), 'old');
    await writeFileAtomic(join(dir, 'people.json'), 'new', { overwrite: true });
    expect(await readFile(join(dir, 'people.json'), 'utf8')).toBe('new');
  });

  it('never overwrites an existing file otherwise, failing with EEXIST and leaving no temporary file', async () => {
    await writeFile(join(dir, 'a.mdx'), 'old');
    await expect(writeFileAtomic(join(dir, 'a.mdx'), 'new', { overwrite: false })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(await readFile(join(dir, 'a.mdx'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.mdx']);
  });

  it('leaves neither a half-written target nor a temporary file when the write fails', async () => {
    // A folder where the file should go makes the final step fail after the data was written.
    await mkdir(join(dir, 'a.mdx'));
    await expect(writeFileAtomic(join(dir, 'a.mdx'), 'new', { overwrite: true })).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['a.mdx']);
    expect(await readdir(join(dir, 'a.mdx'))).toEqual([]);
  });
});

describe('writeNewFile', () => {
  it('creates folders and the file, and never replaces an existing one', async () => {
    await writeNewFile(join(dir, 'x', 'a.mdx'), 'new');
    expect(await readFile(join(dir, 'x', 'a.mdx'), 'utf8')).toBe('new');
    await expect(writeNewFile(join(dir, 'x', 'a.mdx'), 'other')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(join(dir, 'x', 'a.mdx'), 'utf8')).toBe('new');
  });

  it('writes a large text of many-byte characters whole', async () => {
    const text = `Zoë Müller — ${'ßé漢字'.repeat(300_000)}\n`;
    await writeNewFile(join(dir, 'big.mdx'), text);
    expect(await readFile(join(dir, 'big.mdx'), 'utf8')).toBe(text);
  });
});

describe('moveFile', () => {
  it('renames over an existing file with overwrite, creating the folder it goes to', async () => {
    await writeFile(join(dir, 'staged'), 'new');
    await mkdir(join(dir, 'to'));
    await writeFile(join(dir, 'to', 'people.json'), 'old');
    await moveFile(join(dir, 'staged'), join(dir, 'to', 'people.json'), { overwrite: true });
    expect(await readFile(join(dir, 'to', 'people.json'), 'utf8')).toBe('new');
    await writeFile(join(dir, 'staged'), 'article');
    await moveFile(join(dir, 'staged'), join(dir, 'deep', 'a.mdx'), { overwrite: false });
    expect(await readdir(dir)).toEqual(['deep', 'to']);
  });

  it('fails with EEXIST without overwrite when the target exists, leaving both files', async () => {
    await writeFile(join(dir, 'staged'), 'new');
    await writeFile(join(dir, 'a.mdx'), 'old');
    await expect(moveFile(join(dir, 'staged'), join(dir, 'a.mdx'), { overwrite: false })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect(await readFile(join(dir, 'a.mdx'), 'utf8')).toBe('old');
    expect(await readFile(join(dir, 'staged'), 'utf8')).toBe('new');
  });
});

describe('removeAll', () => {
  it('removes a folder with what it holds, and is quiet about a missing path', async () => {
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, 'a', 'b', 'c'), 'x');
    await removeAll(join(dir, 'a'));
    await removeAll(join(dir, 'missing'));
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('listTemporaryFiles', () => {
  it('finds the temporary files of interrupted atomic writes at any depth, and nothing else', async () => {
    await mkdir(join(dir, 'articles', '2025'), { recursive: true });
    await writeFile(join(dir, '.people.json.0123456789ab.tmp'), '');
    await writeFile(join(dir, 'articles', '2025', '.a.mdx.ba9876543210.tmp'), '');
    await writeFile(join(dir, 'articles', '2025', 'notes.tmp'), '');
    await writeFile(join(dir, 'articles', '2025', 'a.mdx'), '');
    expect(await listTemporaryFiles(dir)).toEqual([
      join(dir, '.people.json.0123456789ab.tmp'),
      join(dir, 'articles', '2025', '.a.mdx.ba9876543210.tmp'),
    ]);
    expect(await listTemporaryFiles(join(dir, 'missing'))).toEqual([]);
  });
});
