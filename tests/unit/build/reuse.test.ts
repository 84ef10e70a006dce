import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeUnbuilt } from '../../../src/build/reuse.ts';

let work: string;
let cacheDir: string;
let staging: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dateline-reuse-'));
  cacheDir = join(work, 'cache');
  staging = join(work, 'staging');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Files of an earlier build in the staging folder, written a minute before `since`. */
function earlier(paths: string[], since: number): void {
  for (const path of paths) {
    mkdirSync(dirname(join(staging, path)), { recursive: true });
    writeFileSync(join(staging, path), path);
    const then = new Date(since - 60_000);
    utimesSync(join(staging, path), then, then);
  }
}

/** Astro's manifest in the cache, naming `outputFiles` as the pages this build made. */
function manifest(outputFiles: string[]): void {
  mkdirSync(cacheDir, { recursive: true });
  const paths = Object.fromEntries(outputFiles.map((outputFile, index) => [`/p${index}`, { outputFile }]));
  writeFileSync(
    join(cacheDir, 'incremental-build.json'),
    JSON.stringify({ routes: { 'src/pages/x.astro': { paths } } }),
  );
}

describe('removeUnbuilt', () => {
  const pages = ['a/index.html', 'é/index.html', 'b/c/index.html', 'gone/index.html', 'pagefind/x.pf_index'];

  it.each([
    ['walking the staging folder', undefined],
    ['given the files it held when the build began', pages],
  ])('removes only the earlier files this build did not make, %s', (_case, before) => {
    const since = Date.now();
    earlier(pages, since);
    // URLs as Astro records them: escaped, and one written with a `.` folder.
    manifest(['a/index.html', '%C3%A9/index.html', 'b/./c/index.html']);

    expect(removeUnbuilt(cacheDir, staging, since, before)).toBe(1);
    expect(existsSync(join(staging, 'gone'))).toBe(false);
    for (const kept of ['a/index.html', 'é/index.html', 'b/c/index.html', 'pagefind/x.pf_index']) {
      expect(existsSync(join(staging, kept))).toBe(true);
    }
  });

  it('leaves a file the build wrote, and one of the list that is no longer there', () => {
    const since = Date.now();
    earlier(['old/index.html'], since);
    mkdirSync(join(staging, 'new'), { recursive: true });
    writeFileSync(join(staging, 'new/index.html'), 'new');
    manifest([]);

    expect(removeUnbuilt(cacheDir, staging, since, ['old/index.html', 'new/index.html', 'moved/index.html'])).toBe(1);
    expect(existsSync(join(staging, 'new/index.html'))).toBe(true);
  });
});
