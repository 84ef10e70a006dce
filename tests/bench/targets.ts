/** The performance targets, checked against a run and printed (never asserted: machines differ). */
import type { DistStats } from './dist-stats.ts';
import { bytes, type ResultRow } from './table.ts';

/** One Dateline build with what the targets need beyond its table row. */
export interface DatelineResult {
  /** Articles in the archive; undefined for the rebuild rows. */
  articles?: number;
  row: ResultRow;
  stats: DistStats;
}

const KB = 1000;
const GIB = 1024 ** 3;

/** One line per target: met, missed or not measured, with the figure it was judged on. */
export function checkTargets(results: readonly DatelineResult[]): string[] {
  const mark = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
  const lines: string[] = [];
  const big = results.find((result) => result.articles === 20_000);
  if (big) {
    const pagesSeconds = big.row.buildSeconds - (big.row.searchSeconds ?? 0);
    lines.push(
      `${mark(pagesSeconds < 45)} 20,000 articles build in under 45 s: ${pagesSeconds.toFixed(1)} s without search`,
    );
    lines.push(`${mark(big.row.peakRss < 2.5 * GIB)} peak RSS under 2.5 GiB at 20,000: ${bytes(big.row.peakRss)}`);
    const search = big.row.searchSeconds;
    lines.push(
      search === undefined
        ? 'n/a    search indexing under 60 s: the build has no search step'
        : `${mark(search < 60)} search indexing on top under 60 s: ${search.toFixed(1)} s`,
    );
  } else {
    const largest = Math.max(0, ...results.map((result) => result.articles ?? 0));
    lines.push(
      `n/a    20,000-article build, RSS and search targets: not run (largest archive: ${largest.toLocaleString('en-GB')})`,
    );
  }
  if (results.length === 0) return lines;
  const largestHtml = Math.max(...results.map((result) => result.stats.largestPage.bytes));
  const where = results.find((result) => result.stats.largestPage.bytes === largestHtml)?.stats.largestPage.path ?? '';
  lines.push(
    `${mark(largestHtml < 100 * KB)} largest HTML page under 100 KB: ${(largestHtml / KB).toFixed(1)} KB (${where})`,
  );
  const withScript = results.reduce((sum, result) => sum + result.stats.articlePagesWithScript, 0);
  const articlePages = results.reduce((sum, result) => sum + result.stats.articlePages, 0);
  lines.push(
    `${mark(withScript === 0)} article pages ship no client JS: ${withScript} of ${articlePages} article pages have a <script>`,
  );
  const heaviest = results
    .map((result) => result.stats.heaviestCss)
    .reduce((a, b) => (b.bytes > a.bytes ? b : a), { path: '', bytes: 0 });
  lines.push(
    `${mark(heaviest.bytes < 15 * KB)} CSS under 15 KB on any page: ${(heaviest.bytes / KB).toFixed(1)} KB (${heaviest.path})`,
  );
  const rates = results.flatMap((result) => (result.row.ingestRate === undefined ? [] : [result.row.ingestRate]));
  if (rates.length > 0) {
    const slowest = Math.min(...rates);
    lines.push(`${mark(slowest >= 500)} ingest at least 500 articles/s: slowest run ${Math.round(slowest)} articles/s`);
  } else lines.push('n/a    ingest at least 500 articles/s: ingest did not run');
  return lines;
}
