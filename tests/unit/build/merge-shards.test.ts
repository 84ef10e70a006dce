import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeShards } from '../../../src/build/merge-shards.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'dateline-merge-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Writes a shard folder with the given files. */
function shard(name: string, contents: Record<string, string>): string {
  const dir = join(work, name);
  for (const [file, text] of Object.entries(contents)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">';
const sitemap = (...paths: string[]) =>
  `${HEAD}${paths.map((path) => `<url><loc>https://example.org${path}</loc></url>`).join('')}</urlset>`;
const INDEX =
  '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
  '<sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>';

describe('mergeShards', () => {
  it('takes every page from the shard that rendered it and shared files once', () => {
    const a = shard('a', { 'index.html': 'home', 'people/x/index.html': 'x', '_astro/site.css': 'css' });
    const b = shard('b', { 'index.html': 'home', 'people/y/index.html': 'y', '_astro/site.css': 'css' });
    const out = join(work, 'out');
    expect(mergeShards([a, b], out)).toBe(4);
    expect(readFileSync(join(out, 'people', 'x', 'index.html'), 'utf8')).toBe('x');
    expect(readFileSync(join(out, 'people', 'y', 'index.html'), 'utf8')).toBe('y');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home');
  });

  it('fails naming the file when two shards wrote it differently', () => {
    const a = shard('a', { 'index.html': 'home, built from one archive' });
    const b = shard('b', { 'index.html': 'home, built from another' });
    expect(() => mergeShards([a, b], join(work, 'out'))).toThrow(/index\.html: the shards .* wrote different files/);
  });

  it('merges the sitemaps into one sorted list of every shard’s pages', () => {
    const a = shard('a', {
      'sitemap-0.xml': sitemap('/', '/people/x/', '/archive/2019/10/'),
      'sitemap-index.xml': INDEX,
    });
    const b = shard('b', {
      'sitemap-0.xml': sitemap('/', '/archive/2019/9/', '/people/a/'),
      'sitemap-index.xml': INDEX,
    });
    const out = join(work, 'out');
    mergeShards([a, b], out);
    // Numbers sort as numbers, as @astrojs/sitemap sorts them.
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toBe(
      sitemap('/', '/archive/2019/9/', '/archive/2019/10/', '/people/a/', '/people/x/'),
    );
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toBe(INDEX);
    expect(existsSync(join(out, 'sitemap-1.xml'))).toBe(false);
  });
});
