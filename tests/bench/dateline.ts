/**
 * Dateline's two steps as a user runs them: `npm run ingest` of a raw folder into a content
 * folder, and `npm run build` of that folder: `astro build`, then the search index in a process of its own.
 */
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { outputFolders } from '../../src/build/output.ts';
import { cacheDirFor } from '../../src/site/config.ts';
import { measure, type Measured } from './measure.ts';

/** The repository root. */
export const repoRoot = join(import.meta.dirname, '..', '..');

/** What ingest reported, as far as the benchmark reads it. */
export interface IngestSummary {
  imported: number;
  failed: number;
  /** People and organisations linked, per raw file (path as given to ingest). */
  files: { file: string; people: string[]; organisations: string[] }[];
}

/** One ingest run. */
export interface IngestRun {
  measured: Measured;
  /** Undefined when ingest could not run or printed no report. */
  report?: IngestSummary;
}

/** Ingests `inputs` into `contentDir` (relative to the repository) with the project's CLI. */
export async function ingest(inputs: string[], contentDir: string): Promise<IngestRun> {
  const cli = join(repoRoot, 'src', 'ingest', 'command', 'cli.ts');
  const measured = await measure(process.execPath, [cli, ...inputs, '--content', contentDir, '--json'], {
    cwd: repoRoot,
  });
  try {
    const report = JSON.parse(measured.stdout) as { counts: { imported: number; failed: number } } & IngestSummary;
    return {
      measured,
      report: { imported: report.counts.imported, failed: report.counts.failed, files: report.files },
    };
  } catch {
    return { measured };
  }
}

/** Seconds each build phase took, read from the times Astro's log lines arrived. */
export interface BuildPhases {
  contentSync?: number;
  pages?: number;
  search?: number;
  /** Publishing the finished site (src/build/output.ts). */
  publish?: number;
  /** Pages and feeds of the previous build that Astro skipped where they lay. */
  kept: number;
  /** Pages and feeds Astro copied from its cache, not finding them in place. */
  copied: number;
  /** Search shards indexed while Astro rendered (a cold build, src/search/early-cli.ts), of all shards. */
  early?: { indexed: number; shards: number };
}

/** One `npm run build`. */
export interface BuildRun {
  measured: Measured;
  phases: BuildPhases;
}

/**
 * Builds `contentDir` into `outDir` (both relative to the repository) with `npm run build`'s
 * driver, which runs the two steps and publishes the site. `cold` removes the archive's content
 * cache first, as on a fresh checkout.
 */
export async function buildDateline(contentDir: string, outDir: string, cold: boolean): Promise<BuildRun> {
  // The cache folder astro.config.mjs derives from DATELINE_CONTENT, and the search shards
  // src/search/cli.ts keeps: the synthetic archives are the same in every run of the benchmark.
  // A rebuild keeps the published site and the staging folder it was published from, as a
  // newsroom's build machine would (src/build/cli.ts); a cold build has neither.
  if (cold) {
    const { staging, kept } = outputFolders(repoRoot, resolve(repoRoot, outDir));
    for (const cache of [cacheDirFor(contentDir), join('node_modules', '.cache', 'dateline-search'), staging, kept]) {
      await rm(resolve(repoRoot, cache), { recursive: true, force: true });
    }
    await rm(join(repoRoot, outDir), { recursive: true, force: true });
  }
  const marks = new Map<string, number>();
  const mark = (name: string, seconds: number) => marks.set(name, seconds);
  let early: RegExpExecArray | undefined;
  const env = { DATELINE_CONTENT: contentDir, DATELINE_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  // Times add up across the two steps; the memory peak is the tree's, and the steps never overlap.
  const measured = await measure(process.execPath, [join(repoRoot, 'src', 'build', 'cli.ts')], {
    cwd: repoRoot,
    env,
    onLine: (line, seconds) => {
      if (line.includes('[content] Syncing content')) mark('syncStart', seconds);
      else if (line.includes('[content] Synced content')) mark('syncEnd', seconds);
      else if (line.includes('generating static routes')) mark('pagesStart', seconds);
      else if (/^\S* ?✓ Completed in/.test(line.trim()) && marks.has('pagesStart') && !marks.has('pagesEnd'))
        mark('pagesEnd', seconds);
      else if (line.includes('[dateline:build] site built')) mark('searchStart', seconds);
      else if (line.includes('while the pages were built'))
        early = /indexed (\d+) of (\d+) shard/.exec(line) ?? undefined;
      else if (line.includes('[dateline:pagefind] indexed')) mark('searchEnd', seconds);
      else if (line.includes('[dateline:build] published')) mark('published', seconds);
    },
  });
  const span = (from: string, to: string) => {
    const start = marks.get(from);
    const end = marks.get(to);
    return start !== undefined && end !== undefined ? end - start : undefined;
  };
  const search = span('searchStart', 'searchEnd');
  const publish = span('searchEnd', 'published');
  return {
    measured,
    phases: {
      contentSync: span('syncStart', 'syncEnd'),
      pages: span('pagesStart', 'pagesEnd'),
      ...(search !== undefined ? { search } : {}),
      ...(publish !== undefined ? { publish } : {}),
      kept: measured.stdout.match(/ \(cached\)/g)?.length ?? 0,
      copied: measured.stdout.match(/ \(restored\)/g)?.length ?? 0,
      ...(early ? { early: { indexed: Number(early[1]), shards: Number(early[2]) } } : {}),
    },
  };
}

/**
 * Builds `contentDir` into `outDir` as `shards` shards run side by side (`npm run build:shards`),
 * merged and indexed, from cold: no shard cache and no search cache of an earlier run.
 */
export async function buildDatelineSharded(contentDir: string, outDir: string, shards: number): Promise<Measured> {
  const cacheRoot = join(repoRoot, 'node_modules', '.astro');
  const prefix = `${contentDir.replace(/[^A-Za-z0-9]+/g, '-')}-shard-`;
  for (const name of existsSync(cacheRoot) ? await readdir(cacheRoot) : []) {
    if (name.startsWith(prefix)) await rm(join(cacheRoot, name), { recursive: true, force: true });
  }
  await rm(join(repoRoot, 'node_modules', '.cache', 'dateline-search'), { recursive: true, force: true });
  await rm(join(repoRoot, outDir), { recursive: true, force: true });
  const env = { DATELINE_CONTENT: contentDir, DATELINE_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  const cli = join(repoRoot, 'src', 'build', 'shards-cli.ts');
  // Side by side, as many at once as there are shards (see shards-cli.ts on what that risks).
  return measure(process.execPath, [cli, 'build', '--shards', String(shards), '--jobs', String(shards)], {
    cwd: repoRoot,
    env,
  });
}
