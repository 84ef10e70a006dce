import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { compareText } from '../lib/compare.ts';
import { filesUnder } from './link-tree.ts';

/** A sitemap file as @astrojs/sitemap names them: `sitemap-0.xml` … and `sitemap-index.xml`. */
const SITEMAP_PART = /^sitemap-\d+\.xml$/;
const SITEMAP_INDEX = 'sitemap-index.xml';
/** URLs per sitemap file, as @astrojs/sitemap writes them (its `entryLimit` default). */
const SITEMAP_LIMIT = 45_000;

/**
 * Merges the outputs of a sharded build (`DATELINE_SHARD=i/N`, one folder per shard) into `out`,
 * which must not exist yet. Every page was rendered by exactly one shard; the pages without
 * params (home, search, 404, feeds, robots.txt) and the bundled assets were rendered by each, and
 * must be byte for byte the same in all, or the merge fails naming the file. Each shard's sitemap
 * lists only its own pages, so the sitemaps are merged into the one a single build writes.
 * Returns the number of files written.
 */
export function mergeShards(shards: readonly string[], out: string): number {
  if (shards.length === 0) throw new Error('no shard folders to merge');
  if (existsSync(out)) throw new Error(`${out}: already exists; the merge writes a new folder`);
  mkdirSync(out, { recursive: true });
  const seen = new Map<string, string>();
  let written = 0;
  for (const shard of shards) {
    for (const file of listFiles(shard)) {
      if (isSitemap(file)) continue;
      const first = seen.get(file);
      if (first !== undefined) {
        if (!readFileSync(join(first, file)).equals(readFileSync(join(shard, file)))) {
          throw new Error(
            `${file}: the shards ${first} and ${shard} wrote different files; were they built from the same content and code?`,
          );
        }
        continue;
      }
      seen.set(file, shard);
      mkdirSync(dirname(join(out, file)), { recursive: true });
      copyFileSync(join(shard, file), join(out, file));
      written += 1;
    }
  }
  return written + mergeSitemaps(shards, out);
}

/** Every file under `dir`, as paths relative to it with `/` between folders, sorted. */
function listFiles(dir: string): string[] {
  return filesUnder(dir)
    .map((path) => path.split(sep).join('/'))
    .sort(compareText);
}

function isSitemap(file: string): boolean {
  return SITEMAP_PART.test(file) || file === SITEMAP_INDEX;
}

/**
 * Writes the sitemap of the merged site: the `<url>` entries of every shard's sitemap, each once,
 * sorted and split as @astrojs/sitemap sorts and splits them, between the XML head and tail the
 * shards wrote. Returns the number of files written (none when no shard wrote a sitemap).
 */
function mergeSitemaps(shards: readonly string[], out: string): number {
  const parts = shards.flatMap((shard) =>
    readdirSync(shard)
      .filter((name) => SITEMAP_PART.test(name))
      .map((name) => readFileSync(join(shard, name), 'utf8')),
  );
  const index = shards.map((shard) => readIfExists(join(shard, SITEMAP_INDEX))).find((text) => text !== undefined);
  if (parts.length === 0 || index === undefined) return 0;
  const head = parts[0]?.slice(0, parts[0].indexOf('<url>')) ?? '';
  const urls = new Map<string, string>();
  for (const part of parts) {
    for (const entry of part.match(/<url>[\s\S]*?<\/url>/g) ?? []) urls.set(locOf(entry), entry);
  }
  // @astrojs/sitemap's own order (its generate-sitemap.js).
  const sorted = [...urls.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const files: string[] = [];
  for (let start = 0; start < sorted.length; start += SITEMAP_LIMIT) {
    const name = `sitemap-${files.length}.xml`;
    const entries = sorted.slice(start, start + SITEMAP_LIMIT).map((loc) => urls.get(loc) ?? '');
    writeFileSync(join(out, name), `${head}${entries.join('')}</urlset>`);
    files.push(name);
  }
  const entry = /<sitemap>[\s\S]*?<\/sitemap>/.exec(index)?.[0];
  const firstLoc = entry && locOf(entry);
  if (!entry || !firstLoc) throw new Error(`${SITEMAP_INDEX}: no <sitemap> entry to copy`);
  const indexHead = index.slice(0, index.indexOf('<sitemap>'));
  const indexTail = index.slice(index.lastIndexOf('</sitemap>') + '</sitemap>'.length);
  const base = firstLoc.slice(0, firstLoc.lastIndexOf('/') + 1);
  const listed = files.map((name) => entry.replace(firstLoc, `${base}${name}`)).join('');
  writeFileSync(join(out, SITEMAP_INDEX), `${indexHead}${listed}${indexTail}`);
  return files.length + 1;
}

function locOf(entry: string): string {
  return /<loc>([\s\S]*?)<\/loc>/.exec(entry)?.[1] ?? '';
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
