/**
 * `npm run bench`: builds synthetic archives of 1,000, 5,000 and 20,000 articles (any sizes with
 * `--sizes`, 100,000 among them; and the Reuters sample when it is next to the repository) with Dateline, Hugo and Eleventy, rebuilds the
 * largest after adding one article on its newest day and again after one back-dated, and prints one table plus the targets. Options:
 * `--sizes 1000,5000`, `--no-peers`, `--no-real`, `--no-rebuild`, `--rebuild-peers` (rebuild the peers
 * too after the one added article), `--shards N` (also build each archive as N shards side by side,
 * as `npm run build:shards` does; 2 by default, 1 for none), `--keep` (keep built sites).
 * Everything it writes goes under tests/.tmp/bench/, which git ignores.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSites, type BuildInput, type SitesResult } from './bench-sites.ts';
import { ingest, repoRoot } from './dateline.ts';
import { syntheticRecall } from './recall.ts';
import { rawText, syntheticArchive, type SyntheticArchive, type SyntheticArticle } from './synthetic.ts';
import { formatTable, type ResultRow } from './table.ts';
import { checkTargets, type AddedWhen, type DatelineResult } from './targets.ts';
import { rawFileName, writeContent, writeRaw } from './write-archive.ts';

const { values } = parseArgs({
  allowNegative: true,
  options: {
    sizes: { type: 'string', default: '1000,5000,20000' },
    peers: { type: 'boolean', default: true },
    real: { type: 'boolean', default: true },
    rebuild: { type: 'boolean', default: true },
    'rebuild-peers': { type: 'boolean', default: false },
    shards: { type: 'string', default: '2' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((size) => Number(size.replace(/_/g, '')));
if (sizes.some((size) => !Number.isInteger(size) || size < 10))
  throw new Error(`--sizes: whole numbers ≥ 10, got ${values.sizes}`);
const options = { peers: values.peers, keep: values.keep, shards: Number(values.shards) };
if (!Number.isInteger(options.shards) || options.shards < 1)
  throw new Error(`--shards: a whole number ≥ 1, got ${values.shards}`);
const work = join('tests', '.tmp', 'bench');
/** The real-text sample, read where it lies next to the repository; never copied in. */
const corpus = join(repoRoot, '..', 'shared', 'corpus', 'reuters-sample', 'txt');

const started = performance.now();
const rows: ResultRow[] = [];
const dateline: DatelineResult[] = [];
/** What each site builds, so the ratios are read as what they are: a full archive against minimal ones. */
const PAGE_SETS = [
  'page sets: all three sites build every article, paginated person and organisation pages (20 a page), ' +
    'A–Z lists of people and organisations, and year, month and day archives (20 a page), linked from ' +
    'the articles; Dateline also builds event and story pages, on-this-day pages, profiles with ' +
    'co-mention networks and related articles, paginated A–Z lists, RSS feeds, a sitemap, JSON-LD and ' +
    'the search page and index; Hugo also writes a term list for days and months',
];
const notes: string[] = values.peers ? [...PAGE_SETS] : [];
const collect = (result: SitesResult) => {
  rows.push(...result.rows);
  if (result.dateline) dateline.push(result.dateline);
  notes.push(...result.notes);
  console.error(`  built ${result.rows.map((row) => `${row.site} ${row.buildSeconds.toFixed(1)} s`).join(', ')}`);
  void writeReport();
};

for (const size of sizes) {
  const label = `synthetic ${size.toLocaleString('en-GB')}`;
  console.error(`${label}: generating, ingesting, building…`);
  const archive = syntheticArchive(size);
  const dir = join(work, `synthetic-${size}`);
  await writeRaw(archive, join(repoRoot, dir, 'raw'));
  const input = await ingestArchive(label, dir, archive);
  collect(await benchSites(input, options));
  if (values.rebuild && size === Math.max(...sizes)) await rebuildWithOneMore(input, archive);
  if (!values.keep) await rm(join(repoRoot, dir), { recursive: true, force: true });
}

if (!values.real) notes.push('real-text sample: skipped (--no-real)');
else if (!existsSync(corpus)) {
  notes.push(
    'real-text sample: ../shared/corpus/reuters-sample/txt is absent next to the repository, so it was not measured',
  );
} else {
  console.error('reuters-sample: ingesting, building…');
  const dir = join(work, 'reuters-sample');
  const input = await ingestArchive('reuters-sample', dir);
  if (input) collect(await benchSites(input, options));
  if (!values.keep) await rm(join(repoRoot, dir), { recursive: true, force: true });
}

console.log(await writeReport());

/** The table, notes and targets so far; also written to results.md so a long run leaves partial results. */
async function writeReport(): Promise<string> {
  const minutes = (performance.now() - started) / 60_000;
  const report = [
    formatTable(rows),
    '',
    ...notes.map((note) => `- ${note}`),
    '',
    'Targets (printed, not asserted):',
    ...checkTargets(dateline).map((line) => `  ${line}`),
    '',
    `Benchmark took ${minutes.toFixed(1)} min on ${process.platform} ${process.arch}, Node ${process.version}.`,
  ].join('\n');
  await mkdir(join(repoRoot, work), { recursive: true });
  await writeFile(join(repoRoot, work, 'results.md'), `${report}\n`);
  return report;
}

/**
 * Ingests `dir/raw` (the corpus for the real sample) into `dir/content`. When ingest cannot run,
 * a synthetic archive is written straight to content, and the notes say so.
 */
async function ingestArchive(label: string, dir: string, archive?: SyntheticArchive): Promise<BuildInput> {
  const contentDir = join(dir, 'content');
  await rm(join(repoRoot, contentDir), { recursive: true, force: true });
  const raw = archive ? join(dir, 'raw') : relative(repoRoot, corpus);
  const run = await ingest([raw], contentDir);
  const base = { label, dir, contentDir };
  if (run.report && run.report.imported > 0) {
    const { imported, failed } = run.report;
    const rate = imported / run.measured.wallSeconds;
    notes.push(
      `${label}: ingest ${imported.toLocaleString('en-GB')} articles in ${run.measured.wallSeconds.toFixed(1)} s` +
        ` (${failed} failed, peak RSS ${(run.measured.peakRss / 1024 ** 2).toFixed(0)} MiB)` +
        (archive ? `; ${syntheticRecall(archive, run.report)}` : ''),
    );
    return { ...base, articles: imported, ingestRate: rate };
  }
  const why = `exit ${run.measured.code}: ${(run.measured.stderr || run.measured.stdout).trim().split('\n').slice(-3).join(' ')}`;
  if (!archive) throw new Error(`${label}: ingest did not run (${why})`);
  notes.push(`${label}: ingest did not run (${why}); content written directly by the generator instead`);
  await writeContent(archive, join(repoRoot, contentDir));
  return { ...base, articles: archive.size };
}

/**
 * Adds one article to the built archive, ingests it alone and rebuilds every site; twice: article
 * N+1 dated on the archive's newest day, as a newsroom adds today's articles, then article N+2
 * back-dated to the random date it has, which falls in an older, larger search shard.
 */
async function rebuildWithOneMore(input: BuildInput, archive: SyntheticArchive): Promise<void> {
  const newestDay = newestDate(archive);
  await addAndRebuild(input, { ...archive.article(archive.size + 1), date: newestDay }, 'on the newest day');
  await addAndRebuild(input, archive.article(archive.size + 2), 'back-dated');
}

/** The date of the archive's newest article. */
function newestDate(archive: SyntheticArchive): string {
  let newest = '';
  for (let number = 1; number <= archive.size; number += 1) {
    const { date } = archive.article(number);
    if (date > newest) newest = date;
  }
  return newest;
}

/** Ingests `article` alone into the built archive, then rebuilds every site. */
async function addAndRebuild(input: BuildInput, article: SyntheticArticle, when: AddedWhen): Promise<void> {
  const label = `${input.label} + 1 ${when} (${article.date})`;
  console.error(`${label}: ingesting one more article, rebuilding…`);
  const extra = join(input.dir, 'raw-extra');
  await rm(join(repoRoot, extra), { recursive: true, force: true });
  await mkdir(join(repoRoot, extra), { recursive: true });
  await writeFile(join(repoRoot, extra, rawFileName(article.number)), rawText(article));
  const run = await ingest([extra], input.contentDir);
  notes.push(
    `${label}: ingesting the one new article into the existing archive took ${run.measured.wallSeconds.toFixed(1)} s` +
      (run.report ? ` (imported ${run.report.imported})` : ' (ingest did not run)'),
  );
  // Only Dateline's rebuild is the question; the peers' rebuilds take minutes at 20,000 articles.
  const rebuildOptions = { ...options, peers: options.peers && values['rebuild-peers'] };
  const result = await benchSites(
    { ...input, label, articles: undefined, ingestRate: undefined, warm: true },
    rebuildOptions,
  );
  // The publishing loop is the ingest and the rebuild together.
  if (result.dateline && input.articles !== undefined && run.report?.imported === 1) {
    result.dateline.added = { toArticles: input.articles, ingestSeconds: run.measured.wallSeconds, when };
  }
  collect(result);
}
