import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptyTrash,
  keptFolderStamps,
  keptPublished,
  outputFolders,
  publishKeepingStaging,
} from '../../../src/build/output.ts';

const root = '/srv/dateline';

describe('outputFolders', () => {
  it.each([
    ['the default output inside the project', join(root, 'dist')],
    ['an output in the temporary folder', '/tmp/site'],
    // Astro tests "inside the working folder" as a string prefix, which this path passes.
    ['an output beside the project whose path starts with the project’s', `${root}-site/dist`],
  ])('stages %s inside the project, where the build finds its packages', (_case, out) => {
    const { staging } = outputFolders(root, out);
    expect(relative(root, staging).startsWith('..')).toBe(false);
    expect(staging.startsWith(join(root, 'node_modules') + '/')).toBe(true);
  });

  it('swaps beside the output, in the same folder, so the swap is two renames', () => {
    const out = '/var/www/news';
    const { next, previous } = outputFolders(root, out);
    expect(dirname(next)).toBe(dirname(out));
    expect(dirname(previous)).toBe(dirname(out));
    expect(new Set([out, next, previous]).size).toBe(3);
  });

  it('gives two outputs of the same name different staging folders', () => {
    expect(outputFolders(root, '/a/dist').staging).not.toBe(outputFolders(root, '/b/dist').staging);
  });
});

describe('keptPublished', () => {
  /** A staging folder with one page, published once to make the output and once more to record it. */
  function publishedTwice() {
    const work = mkdtempSync(join(tmpdir(), 'dateline-kept-'));
    const folders = outputFolders(work, join(work, 'dist'));
    mkdirSync(folders.staging, { recursive: true });
    writeFileSync(join(folders.staging, 'index.html'), 'home');
    publishKeepingStaging(folders);
    publishKeepingStaging(folders, keptPublished(folders));
    return { work, folders };
  }

  it('reads back what the last publish left in the output', () => {
    const { work, folders } = publishedTwice();
    const ino = statSync(join(folders.staging, 'index.html'), { bigint: true }).ino;
    expect(keptPublished(folders)).toEqual(new Map([['index.html', ino]]));
    rmSync(work, { recursive: true, force: true });
  });

  it('reads back what the first publish, the one that made the output, left in it', () => {
    const work = mkdtempSync(join(tmpdir(), 'dateline-kept-'));
    const folders = outputFolders(work, join(work, 'dist'));
    mkdirSync(join(folders.staging, 'about'), { recursive: true });
    writeFileSync(join(folders.staging, 'index.html'), 'home');
    writeFileSync(join(folders.staging, 'about', 'index.html'), 'about');
    publishKeepingStaging(folders);
    const ino = (path: string) => statSync(join(folders.staging, path), { bigint: true }).ino;
    expect(keptPublished(folders)).toEqual(
      new Map([
        ['index.html', ino('index.html')],
        [join('about', 'index.html'), ino(join('about', 'index.html'))],
      ]),
    );
    expect(statSync(join(folders.out, 'index.html'), { bigint: true }).ino).toBe(ino('index.html'));
    rmSync(work, { recursive: true, force: true });
  });

  it('keeps the folder stamps of the walk a publish was given, beside its record of the files', () => {
    const { work, folders } = publishedTwice();
    expect(keptFolderStamps(folders)).toBeUndefined();
    const stamps = new Map([['about', '1:2:3']]);
    publishKeepingStaging(folders, keptPublished(folders), undefined, stamps);
    expect(keptFolderStamps(folders)).toEqual(stamps);
    rmSync(folders.kept);
    expect(keptFolderStamps(folders)).toBeUndefined();
    rmSync(work, { recursive: true, force: true });
  });

  it('knows no record for an output folder made again since, nor without a mark', () => {
    const { work, folders } = publishedTwice();
    const copy = join(work, 'copy');
    mkdirSync(copy);
    writeFileSync(join(copy, 'index.html'), 'home');
    rmSync(folders.out, { recursive: true });
    renameSync(copy, folders.out);
    expect(keptPublished(folders)).toBeUndefined();
    rmSync(folders.kept);
    expect(keptPublished(folders)).toBeUndefined();
    rmSync(work, { recursive: true, force: true });
  });
});

describe('publishKeepingStaging and emptyTrash', () => {
  it('leave the files a publish replaced in the trash beside the staging folder, then remove them', async () => {
    const work = mkdtempSync(join(tmpdir(), 'dateline-trash-'));
    const folders = outputFolders(work, join(work, 'dist'));
    mkdirSync(folders.staging, { recursive: true });
    writeFileSync(join(folders.staging, 'index.html'), 'home');
    publishKeepingStaging(folders);
    rmSync(join(folders.staging, 'index.html'));
    writeFileSync(join(folders.staging, 'index.html'), 'new home');
    publishKeepingStaging(folders, keptPublished(folders));

    expect(readdirSync(work).sort()).toEqual(['dist', 'node_modules']);
    expect(readdirSync(folders.trash)).toHaveLength(1);
    await emptyTrash(folders);
    expect(existsSync(folders.trash)).toBe(false);
    rmSync(work, { recursive: true, force: true });
  });
});
