import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkingCacheCopies } from '../../../src/build/cache-copies.ts';

let work: string;
let site: string;
let caches: string;
let write: typeof writeFile;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dateline-cache-copies-'));
  site = join(work, 'staging');
  caches = join(work, 'astro');
  for (const folder of [join(site, 'a'), join(caches, 'archive', 'dist', 'a'), join(caches, 'other')]) {
    mkdirSync(folder, { recursive: true });
  }
  write = linkingCacheCopies(writeFile, site, caches);
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('linkingCacheCopies', () => {
  it('makes the cache copy of a page just written a second name of the page', async () => {
    const body = '<p>page</p>';
    await write(pathToFileURL(join(site, 'a', 'index.html')), body);
    await write(pathToFileURL(join(caches, 'archive', 'dist', 'a', 'index.html')), body);
    const page = statSync(join(site, 'a', 'index.html'));
    expect(statSync(join(caches, 'archive', 'dist', 'a', 'index.html')).ino).toBe(page.ino);
    expect(page.nlink).toBe(2);
  });

  it('replaces a cache copy left by an earlier build', async () => {
    const copy = join(caches, 'archive', 'dist', 'a', 'index.html');
    await writeFile(copy, 'old');
    await write(join(site, 'a', 'index.html'), 'new');
    await write(copy, 'new');
    expect(readFileSync(copy, 'utf8')).toBe('new');
    expect(statSync(copy).ino).toBe(statSync(join(site, 'a', 'index.html')).ino);
  });

  it('writes a file of its own for other data, another path, or a page not written first', async () => {
    await write(join(site, 'a', 'index.html'), 'one');
    await write(join(caches, 'archive', 'dist', 'a', 'index.html'), 'two');
    await write(join(site, 'a', 'b.html'), 'three');
    await write(join(caches, 'other', 'b.html'), 'three');
    await write(join(caches, 'archive', 'dist', 'a', 'c.html'), 'four');
    await write(join(site, 'a', 'd.html'), 'five', { encoding: 'utf8' });
    await write(join(caches, 'archive', 'dist', 'a', 'd.html'), 'five');
    for (const [file, text] of [
      ['archive/dist/a/index.html', 'two'],
      ['other/b.html', 'three'],
      ['archive/dist/a/c.html', 'four'],
      ['archive/dist/a/d.html', 'five'],
    ] as const) {
      expect(readFileSync(join(caches, file), 'utf8')).toBe(text);
      expect(statSync(join(caches, file)).nlink, file).toBe(1);
    }
    expect(readFileSync(join(site, 'a', 'index.html'), 'utf8')).toBe('one');
  });
});
