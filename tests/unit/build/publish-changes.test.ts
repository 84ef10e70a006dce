import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesOf, publishChanges, undoPublish, type FolderStamps } from '../../../src/build/publish-changes.ts';

let work: string;
let staging: string;
let out: string;
let undo: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dateline-publish-'));
  staging = join(work, 'staging');
  out = join(work, 'dist');
  undo = join(work, '.dist.undo');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Writes files under `dir`. */
function write(dir: string, contents: Record<string, string>): void {
  for (const [file, text] of Object.entries(contents)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** Every file under `dir` with its text, by path. */
function files(dir: string): Record<string, string> {
  const found = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
  return Object.fromEntries(found.map((path) => [path, readFileSync(join(dir, path), 'utf8')]));
}

/** A published site whose files are the staging folder's under second names, as a publish leaves them. */
function published(contents: Record<string, string>): void {
  write(staging, contents);
  for (const path of Object.keys(contents)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    linkSync(join(staging, path), join(out, path));
  }
}

describe('publishChanges', () => {
  it('adds, replaces and removes only the files that differ, and keeps the output’s .git', () => {
    published({ 'index.html': 'home', 'a/index.html': 'a', 'gone/index.html': 'gone' });
    write(out, { '.git/HEAD': 'ref' });
    const untouched = statSync(join(out, 'a/index.html')).ino;
    rmSync(join(staging, 'index.html'));
    write(staging, { 'index.html': 'new home', 'b/index.html': 'b' });
    rmSync(join(staging, 'gone'), { recursive: true });

    expect(publishChanges(staging, out, undo)).toMatchObject({ added: 1, replaced: 1, removed: 1 });
    expect(files(out)).toEqual({ '.git/HEAD': 'ref', ...files(staging) });
    expect(statSync(join(out, 'a/index.html')).ino).toBe(untouched);
    expect(statSync(join(out, 'b/index.html')).ino).toBe(statSync(join(staging, 'b/index.html')).ino);
    expect(existsSync(join(out, 'gone'))).toBe(false);
    expect(existsSync(undo)).toBe(false);
  });

  it('changes nothing when the staging folder is what was published', () => {
    published({ 'index.html': 'home' });
    expect(publishChanges(staging, out, undo)).toMatchObject({ added: 0, replaced: 0, removed: 0 });
  });

  it('leaves a published file alone when the new one holds the same bytes', () => {
    published({ 'index.html': 'home', 'a.html': 'a' });
    const before = statSync(join(out, 'index.html')).ino;
    for (const [file, text] of [
      ['index.html', 'home'],
      ['a.html', 'b'],
    ] as const) {
      rmSync(join(staging, file));
      write(staging, { [file]: text });
    }
    expect(publishChanges(staging, out, undo)).toMatchObject({ added: 0, replaced: 1, removed: 0 });
    expect(statSync(join(out, 'index.html')).ino).toBe(before);
    expect(files(out)).toEqual({ 'a.html': 'b', 'index.html': 'home' });
  });

  it('puts the site back as it was when a file cannot be placed', () => {
    published({ 'index.html': 'home', 'a/index.html': 'a', 'old/index.html': 'old' });
    const before = files(out);
    rmSync(join(staging, 'index.html'));
    write(staging, { 'index.html': 'new home', 'new/index.html': 'new' });
    rmSync(join(staging, 'old'), { recursive: true });
    // A file where the site has a folder: the rename over it fails after other files were placed.
    rmSync(join(staging, 'a'), { recursive: true });
    write(staging, { a: 'a file now' });

    expect(() => publishChanges(staging, out, undo)).toThrow();
    expect(files(out)).toEqual(before);
    expect(existsSync(undo)).toBe(false);
  });
});

describe('filesOf', () => {
  it('lists the files of the entries at the top it is asked for, which add up to the whole', () => {
    write(staging, { 'index.html': 'home', 'a/b/index.html': 'b', 'pagefind/x.pf': 'x', '.git/HEAD': 'ref' });
    const whole = filesOf(staging);
    expect([...whole.keys()].sort()).toEqual([join('a', 'b', 'index.html'), 'index.html', join('pagefind', 'x.pf')]);
    expect(whole.get('index.html')?.ino).toBe(statSync(join(staging, 'index.html'), { bigint: true }).ino);
    const search = (name: string) => name === 'pagefind';
    const parts = new Map([...filesOf(staging, (name) => !search(name)), ...filesOf(staging, search)]);
    expect(parts).toEqual(whole);
    expect([...filesOf(staging, search).keys()]).toEqual([join('pagefind', 'x.pf')]);
  });
});

describe('filesOf with what the last listing and publish knew', () => {
  /** A time well after every folder's last change, so that each folder's stamp is kept. */
  const later = () => BigInt(Date.now() + 60_000) * 1_000_000n;

  it('takes the files of a folder with the stamp it had from the publish, and lists the folders that changed', () => {
    write(staging, { 'index.html': 'home', 'a/b/index.html': 'b', 'a/c/index.html': 'c', 'd/index.html': 'd' });
    const stamps: FolderStamps = new Map();
    const first = filesOf(staging, undefined, { stamps, nowNs: later() });
    expect([...stamps.keys()].sort()).toEqual(['a', join('a', 'b'), join('a', 'c'), 'd']);
    const published = new Map([...first].map(([path, { ino }]) => [path, ino]));

    // Written into the file in place, which a build never does: the folder does not show it, so it
    // is not listed again (the size is not known), and this is how a skipped folder is told apart.
    writeFileSync(join(staging, 'a', 'b', 'index.html'), 'bb');
    // A new file, a file replaced by a new one and a file removed: their folders are listed again.
    write(staging, { 'a/c/new.html': 'new' });
    rmSync(join(staging, 'd', 'index.html'));
    write(staging, { 'd/index.html': 'dd' });
    rmSync(join(staging, 'a', 'c', 'index.html'));

    const next: FolderStamps = new Map();
    const listed = filesOf(staging, undefined, { known: { stamps, published }, stamps: next, nowNs: later() });
    expect([...listed.keys()].sort()).toEqual(
      ['index.html', join('a', 'b', 'index.html'), join('a', 'c', 'new.html'), join('d', 'index.html')].sort(),
    );
    expect(listed.get(join('a', 'b', 'index.html'))).toEqual({ ino: published.get(join('a', 'b', 'index.html')) });
    expect(listed.get(join('d', 'index.html'))?.size).toBe(2n);
    expect(listed.get(join('d', 'index.html'))?.ino).toBe(
      statSync(join(staging, 'd', 'index.html'), { bigint: true }).ino,
    );
    expect(listed.get('index.html')?.size).toBe(4n);
    expect(next.get(join('a', 'b'))).toBe(stamps.get(join('a', 'b')));
    expect(next.get('d')).not.toBe(stamps.get('d'));
  });

  it('lists again a folder changed too lately for its times to tell, and one whose publish copied a file', () => {
    write(staging, { 'a/index.html': 'a', 'b/index.html': 'b' });
    const stamps: FolderStamps = new Map();
    const first = filesOf(staging, undefined, { stamps });
    // Just written: the folder's times could be those of a change still to come.
    expect(stamps.get('a')).toBe('');
    const settled: FolderStamps = new Map();
    filesOf(staging, undefined, { stamps: settled, nowNs: later() });
    const published = new Map<string, bigint | null>([...first].map(([path, { ino }]) => [path, ino]));
    published.set(join('b', 'index.html'), null);
    writeFileSync(join(staging, 'a', 'index.html'), 'aa');
    writeFileSync(join(staging, 'b', 'index.html'), 'bb');
    const listed = filesOf(staging, undefined, { known: { stamps: settled, published }, nowNs: later() });
    expect(listed.get(join('a', 'index.html'))?.size).toBeUndefined();
    expect(listed.get(join('b', 'index.html'))?.size).toBe(2n);
    const unsettled = filesOf(staging, undefined, { known: { stamps, published }, nowNs: later() });
    expect(unsettled.get(join('a', 'index.html'))?.size).toBe(2n);
  });

  it('marks a folder where the publish gave the staging folder the published file, to be listed again', () => {
    published({ 'a/index.html': 'a', 'b/index.html': 'b' });
    rmSync(join(staging, 'a', 'index.html'));
    write(staging, { 'a/index.html': 'a' });
    const stamps: FolderStamps = new Map();
    const source = filesOf(staging, undefined, { stamps, nowNs: later() });
    const before = stamps.get('b');
    publishChanges(staging, out, undo, undefined, undefined, source, stamps);
    expect(stamps.get('a')).toBe('');
    expect(stamps.get('b')).toBe(before);
  });
});

describe('publishChanges given the staging folder’s files', () => {
  it('publishes from the list it is given, made in parts while the folder was still written', () => {
    published({ 'index.html': 'home', 'pagefind/x.pf': 'x' });
    const rest = filesOf(staging, (name) => name !== 'pagefind');
    // The search step writes its folder after the rest was listed.
    rmSync(join(staging, 'pagefind'), { recursive: true });
    write(staging, { 'pagefind/y.pf': 'y' });
    const source = new Map([...rest, ...filesOf(staging, (name) => name === 'pagefind')]);
    expect(publishChanges(staging, out, undo, undefined, undefined, source)).toMatchObject({
      added: 1,
      replaced: 0,
      removed: 1,
    });
    expect(files(out)).toEqual(files(staging));
  });
});

describe('publishChanges with a trash folder', () => {
  it('moves what it replaced and removed there, to be removed later, and leaves no undo folder', () => {
    published({ 'index.html': 'home', 'gone.html': 'gone' });
    rmSync(join(staging, 'index.html'));
    write(staging, { 'index.html': 'new home' });
    rmSync(join(staging, 'gone.html'));
    const trash = join(work, 'trash', '1');

    expect(publishChanges(staging, out, undo, undefined, trash)).toMatchObject({ added: 0, replaced: 1, removed: 1 });
    expect(files(out)).toEqual({ 'index.html': 'new home' });
    expect(existsSync(undo)).toBe(false);
    expect(files(trash)).toMatchObject({ 'index.html': 'home', 'gone.html': 'gone' });
  });
});

describe('publishChanges after a publish from the same staging folder', () => {
  /** Gives `file` in the staging folder new text as a build does: a new file, never a write into the published one. */
  const rebuild = (file: string, text: string) => {
    rmSync(join(staging, file), { force: true });
    write(staging, { [file]: text });
  };

  it('records every file it leaves in the output, with the inode it shares with the staging file', () => {
    published({ 'index.html': 'home', 'a.html': 'a' });
    const home = statSync(join(out, 'index.html'), { bigint: true }).ino;
    rebuild('index.html', 'home');
    rebuild('a.html', 'b');
    const { published: left } = publishChanges(staging, out, undo);
    // The same bytes: the published file stays, and the staging folder takes it.
    expect(statSync(join(out, 'index.html'), { bigint: true }).ino).toBe(home);
    expect(statSync(join(staging, 'index.html'), { bigint: true }).ino).toBe(home);
    expect(left.get('index.html')).toBe(home);
    expect(left.get('a.html')).toBe(statSync(join(out, 'a.html'), { bigint: true }).ino);
    expect(left.get('a.html')).toBe(statSync(join(staging, 'a.html'), { bigint: true }).ino);
    expect([...left.keys()].sort()).toEqual(['a.html', 'index.html']);
    expect(files(staging)).toEqual({ 'a.html': 'b', 'index.html': 'home' });
  });

  it('changes what differs from its record without listing the output', () => {
    published({ 'index.html': 'home', 'a/index.html': 'a', 'gone/index.html': 'gone' });
    const { published: last } = publishChanges(staging, out, undo);
    const untouched = statSync(join(out, 'a/index.html')).ino;
    rebuild('index.html', 'new home');
    write(staging, { 'b/index.html': 'b' });
    rmSync(join(staging, 'gone'), { recursive: true });
    // Not in the record, so not looked for: the output is the build's, and was not listed.
    write(out, { 'by-hand.html': 'x' });

    expect(publishChanges(staging, out, undo, last)).toMatchObject({ added: 1, replaced: 1, removed: 1 });
    expect(files(out)).toEqual({ ...files(staging), 'by-hand.html': 'x' });
    expect(statSync(join(out, 'a/index.html')).ino).toBe(untouched);
    expect(existsSync(join(out, 'gone'))).toBe(false);
  });

  it('compares a file its record does not know as shared', () => {
    published({ 'sitemap.xml': 'one' });
    const last = new Map([['sitemap.xml', null]]);
    rebuild('sitemap.xml', 'two');

    expect(publishChanges(staging, out, undo, last)).toMatchObject({ added: 0, replaced: 1, removed: 0 });
    expect(files(out)).toEqual({ 'sitemap.xml': 'two' });
  });

  it('puts the site back as it was when a file cannot be placed', () => {
    published({ 'index.html': 'home', 'a/index.html': 'a' });
    const { published: last } = publishChanges(staging, out, undo);
    const before = files(out);
    rebuild('index.html', 'new home');
    rmSync(join(staging, 'a'), { recursive: true });
    write(staging, { a: 'a file now' });

    expect(() => publishChanges(staging, out, undo, last)).toThrow();
    expect(files(out)).toEqual(before);
    expect(existsSync(undo)).toBe(false);
  });
});

describe('undoPublish', () => {
  it('has nothing to undo without an undo folder', () => {
    published({ 'index.html': 'home' });
    expect(undoPublish(out, undo)).toBe(false);
    expect(files(out)).toEqual({ 'index.html': 'home' });
  });
});
