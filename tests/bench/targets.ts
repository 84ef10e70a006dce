/** The performance targets, checked against a run and printed (never asserted: machines differ). */
import type { DistStats } from './dist-stats.ts';
import { bytes, type ResultRow } from './table.ts';

/** One Dateline build with what the targets need beyond its table row. */
export interface DatelineResult {
  /** Articles in the archive; undefined for the rebuild rows. */
  articles?: number;
  /**
   * A rebuild row only: the archive one article was added to, how long ingesting it took, and
   * where it fell: on the archive's newest day, as a newsroom adds today's articles, or back-dated.
   */
  added?: { toArticles: number; ingestSeconds: number; when: AddedWhen };
  row: ResultRow;
  stats: DistStats;
}

/** Where the article added to an archive falls (see run.ts). */
export type AddedWhen = 'on the newest day' | 'back-dated';

const KB = 1000;
const GIB = 1024 ** 3;
/** Peak RSS grew by about 80 KB per article before bodies left the content store (issue 13). */
const RSS_PER_ARTICLE_BEFORE = 80 * KB;

/** One line per target: met, missed or not measured, with the figure it was judged on. */
export function checkTargets(results: readonly DatelineResult[]): string[] {
  const mark = (ok: boolean) => (ok ? 'met   ' : 'MISSED');
  const lines: string[] = [];
  const big = results.find((result) => result.articles === 20_000 && !result.row.failed);
  if (big) {
    const search = big.row.searchSeconds === undefined ? 'the build has no search step' : 'search included';
    lines.push(
      `${mark(big.row.buildSeconds < 60)} cold build of 20,000 articles under 60 s: ${big.row.buildSeconds.toFixed(1)} s (${search})`,
    );
    lines.push(`${mark(big.row.peakRss < 2 * GIB)} peak RSS under 2 GiB at 20,000: ${bytes(big.row.peakRss)}`);
  } else {
    const largest = Math.max(0, ...results.map((result) => result.articles ?? 0));
    lines.push(
      `n/a    20,000-article build time and RSS targets: not run (largest archive: ${largest.toLocaleString('en-GB')})`,
    );
  }
  lines.push(memoryGrowth(results));
  // Both, never only the easier one: a back-dated article falls in an older, larger search shard.
  for (const when of ['on the newest day', 'back-dated'] as const) {
    const publish = results.find(
      (result) => result.added?.toArticles === 20_000 && result.added.when === when && !result.row.failed,
    );
    if (publish?.added) {
      const total = publish.added.ingestSeconds + publish.row.buildSeconds;
      lines.push(
        `${mark(total < 15)} one article added to 20,000 ${when} (ingest, rebuild, search) under 15 s: ${total.toFixed(1)} s ` +
          `(ingest ${publish.added.ingestSeconds.toFixed(1)} s, rebuild ${publish.row.buildSeconds.toFixed(1)} s)`,
      );
    } else lines.push(`n/a    one article added to 20,000 ${when} under 15 s: not run`);
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

/**
 * Memory per article, as the growth of peak RSS between the two largest synthetic archives built
 * (the fixed cost of Astro, Vite and the site's code cancels out), against a third of before.
 */
function memoryGrowth(results: readonly DatelineResult[]): string {
  const target = `memory per article at most ${(RSS_PER_ARTICLE_BEFORE / 3 / KB).toFixed(0)} KB (a third of ${RSS_PER_ARTICLE_BEFORE / KB} KB)`;
  const built = results
    .filter((result) => result.articles !== undefined && result.added === undefined && !result.row.failed)
    .sort((a, b) => (a.articles ?? 0) - (b.articles ?? 0));
  const [smaller, larger] = built.slice(-2);
  if (!smaller?.articles || !larger?.articles || smaller.articles === larger.articles) {
    return `n/a    ${target}: needs two archive sizes`;
  }
  const perArticle = (larger.row.peakRss - smaller.row.peakRss) / (larger.articles - smaller.articles);
  const sizes = `${smaller.articles.toLocaleString('en-GB')} → ${larger.articles.toLocaleString('en-GB')} articles`;
  return `${perArticle <= RSS_PER_ARTICLE_BEFORE / 3 ? 'met   ' : 'MISSED'} ${target}: ${(perArticle / KB).toFixed(1)} KB (${sizes})`;
}
