/**
 * Builds one content folder with Dateline and, from the same articles, with the peer sites, and
 * turns each build into a table row.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDateline, buildDatelineSharded, repoRoot, type BuildRun } from './dateline.ts';
import { distStats, type DistStats } from './dist-stats.ts';
import { measure, type Measured } from './measure.ts';
import { readPeerArchive } from './peer-content.ts';
import { writeEleventySite } from './peers/eleventy.ts';
import { writeHugoSite } from './peers/hugo.ts';
import type { PeerBuild } from './peers/peer.ts';
import type { ResultRow } from './table.ts';
import type { DatelineResult } from './targets.ts';

/** An ingested archive ready to build. */
export interface BuildInput {
  /** Shown in the table: "synthetic 5,000". */
  label: string;
  /** Working folder of this archive, relative to the repository. */
  dir: string;
  /** Content folder, relative to the repository. */
  contentDir: string;
  articles?: number;
  ingestRate?: number;
  /** Keep the content cache from an earlier build (a rebuild) instead of starting cold. */
  warm?: boolean;
}

/** Everything one archive's builds produced. */
export interface SitesResult {
  rows: ResultRow[];
  dateline?: DatelineResult;
  notes: string[];
}

/**
 * Builds `input` with Dateline, then (when `shards` is above 1, on a cold build) as that many
 * shards side by side, then with every peer unless `peers` is false.
 */
export async function benchSites(
  input: BuildInput,
  options: { peers: boolean; keep: boolean; shards?: number },
): Promise<SitesResult> {
  const notes: string[] = [];
  const outDir = join(input.dir, 'dist');
  const build = await buildDateline(input.contentDir, outDir, !input.warm);
  const dateline = await datelineRow(input, build, outDir, notes);
  const rows: ResultRow[] = [dateline.row];
  const shards = options.shards ?? 1;
  if (shards > 1 && !input.warm) rows.push(await shardedRow(input, shards, dateline.row, notes, options.keep));
  if (options.peers) {
    // Peers build even when Dateline failed: their figures still say what the archive costs.
    const articles = await readPeerArchive(join(repoRoot, input.contentDir));
    const eleventyBin = join(repoRoot, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
    const peers = [
      await writeHugoSite(articles, join(repoRoot, input.dir, 'hugo')),
      await writeEleventySite(articles, join(repoRoot, input.dir, 'eleventy'), eleventyBin),
    ];
    const seconds = dateline.row.failed ? undefined : dateline.row.buildSeconds;
    for (const peer of peers) rows.push(await buildPeer(peer, input.label, seconds, notes, options.keep));
  }
  const result = dateline.stats && {
    articles: input.warm ? undefined : input.articles,
    row: dateline.row,
    stats: dateline.stats,
  };
  return { rows, dateline: result, notes };
}

async function datelineRow(
  input: BuildInput,
  build: BuildRun,
  outDir: string,
  notes: string[],
): Promise<{ row: ResultRow; stats?: DistStats }> {
  const base = { archive: input.label, site: 'Dateline', ingestRate: input.ingestRate };
  if (build.measured.code !== 0) {
    notes.push(
      `${input.label}: Dateline build failed after ${build.measured.wallSeconds.toFixed(1)} s ` +
        `(peak RSS ${(build.measured.peakRss / 1024 ** 2).toFixed(0)} MiB):\n\n    ${firstError(build.measured.stdout + build.measured.stderr)}\n`,
    );
    return { row: { ...base, ...empty(), failed: `exit ${build.measured.code}` } };
  }
  const stats = await distStats(join(repoRoot, outDir));
  const { phases } = build;
  notes.push(
    `${input.label}, Dateline phases: content sync ${seconds(phases.contentSync)}, pages ${seconds(phases.pages)}, ` +
      `search index ${seconds(phases.search)} (${(stats.searchIndexBytes / 1024 ** 2).toFixed(1)} MiB), ` +
      `publish ${seconds(phases.publish)}, rest (startup, Vite, assets) ` +
      `${seconds(build.measured.wallSeconds - (phases.contentSync ?? 0) - (phases.pages ?? 0) - (phases.search ?? 0) - (phases.publish ?? 0))}` +
      (phases.kept > 0
        ? `; ${phases.kept.toLocaleString('en')} pages and feeds of the previous build kept in place`
        : '') +
      (phases.copied > 0 ? `; ${phases.copied.toLocaleString('en')} copied from Astro's cache` : '') +
      (phases.early
        ? `; ${phases.early.indexed} of ${phases.early.shards} search shards indexed while the pages were built`
        : ''),
  );
  // The site stays for the rebuild, which starts from it as a newsroom's next build would;
  // run.ts removes the archive's folder, site and all, once it is done with it.
  return { row: { ...measuredRow(base, build.measured, stats), searchSeconds: phases.search }, stats };
}

/** The archive built as `shards` shards at once on this machine, merged and indexed. */
async function shardedRow(
  input: BuildInput,
  shards: number,
  single: ResultRow,
  notes: string[],
  keep: boolean,
): Promise<ResultRow> {
  const outDir = join(input.dir, 'dist-sharded');
  const measured = await buildDatelineSharded(input.contentDir, outDir, shards);
  const base = { archive: input.label, site: `Dateline, ${shards} shards` };
  if (measured.code !== 0) {
    notes.push(`${input.label}: sharded Dateline build failed: ${tail(measured.stdout + measured.stderr)}`);
    return { ...base, ...empty(), failed: `exit ${measured.code}` };
  }
  const stats = await distStats(join(repoRoot, outDir));
  if (!keep) await rm(join(repoRoot, outDir), { recursive: true, force: true });
  return {
    ...measuredRow(base, measured, stats),
    ratio: single.failed ? undefined : single.buildSeconds / measured.wallSeconds,
  };
}

async function buildPeer(
  peer: PeerBuild,
  label: string,
  datelineSeconds: number | undefined,
  notes: string[],
  keep: boolean,
) {
  const base = { archive: label, site: peer.name };
  const measured = await measure(peer.command, peer.args, { cwd: peer.cwd }).catch((error: Error) => error);
  if (measured instanceof Error || measured.code !== 0) {
    const why = measured instanceof Error ? measured.message : tail(measured.stdout + measured.stderr);
    notes.push(`${label}: ${peer.name} build failed: ${why}`);
    return { ...base, ...empty(), failed: measured instanceof Error ? 'not installed' : `exit ${measured.code}` };
  }
  const stats = await distStats(peer.out);
  if (!keep) await rm(peer.cwd, { recursive: true, force: true });
  return {
    ...measuredRow(base, measured, stats),
    ratio: datelineSeconds === undefined ? undefined : datelineSeconds / measured.wallSeconds,
  } satisfies ResultRow;
}

/** A table row of what one build measured and wrote; the search index is not counted as site. */
function measuredRow(base: Pick<ResultRow, 'archive' | 'site'>, measured: Measured, stats: DistStats): ResultRow {
  return {
    ...base,
    buildSeconds: measured.wallSeconds,
    cpuSeconds: measured.cpuSeconds,
    pages: stats.pages,
    peakRss: measured.peakRss,
    distBytes: stats.bytes - stats.searchIndexBytes,
    largestHtml: stats.largestPage.bytes,
    clientJs: stats.clientJsBytes,
    css: stats.heaviestCss.bytes,
  };
}

function empty() {
  return { buildSeconds: 0, pages: 0, peakRss: 0, distBytes: 0, largestHtml: 0, clientJs: 0, css: 0 };
}

function seconds(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(1)} s`;
}

function tail(text: string): string {
  return text.trim().split('\n').slice(-15).join('\n');
}

/** The first error Astro reported, with the page it was rendering. */
function firstError(output: string): string {
  const line = output.split('\n').find((text) => text.includes('[ERROR]'));
  return line?.trim() ?? tail(output);
}
