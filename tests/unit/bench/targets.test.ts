import { describe, expect, it } from 'vitest';
import type { DistStats } from '../../bench/dist-stats.ts';
import type { ResultRow } from '../../bench/table.ts';
import { checkTargets, type DatelineResult } from '../../bench/targets.ts';

const MIB = 1024 ** 2;

const stats: DistStats = {
  pages: 100,
  bytes: 1,
  largestPage: { path: '/articles/a/index.html', bytes: 50_000 },
  clientJsBytes: 0,
  cssBytes: 6_000,
  heaviestCss: { path: '/index.html', bytes: 6_000 },
  articlePagesWithScript: 0,
  articlePages: 10,
  searchIndexBytes: 0,
};

function result(
  articles: number | undefined,
  row: Partial<ResultRow>,
  added?: DatelineResult['added'],
): DatelineResult {
  return {
    articles,
    added,
    stats,
    row: {
      archive: 'synthetic',
      site: 'Dateline',
      buildSeconds: 30,
      pages: 100,
      peakRss: 500 * MIB,
      distBytes: 1,
      largestHtml: 1,
      clientJs: 0,
      css: 1,
      ...row,
    },
  };
}

const line = (lines: string[], start: string) => lines.find((text) => text.includes(start)) ?? '';

describe('the benchmark targets of issue 13', () => {
  it('judge the cold 20,000-article build with its search step and its peak RSS against 2 GiB', () => {
    const lines = checkTargets([result(20_000, { buildSeconds: 59.5, searchSeconds: 10, peakRss: 2047 * MIB })]);
    expect(line(lines, 'cold build of 20,000')).toMatch(/^met +cold build of 20,000 articles under 60 s: 59\.5 s/);
    expect(line(lines, 'peak RSS under 2 GiB')).toMatch(/^met /);
    const slow = checkTargets([result(20_000, { buildSeconds: 61, peakRss: 2049 * MIB })]);
    expect(line(slow, 'cold build of 20,000')).toMatch(/^MISSED/);
    expect(line(slow, 'peak RSS under 2 GiB')).toMatch(/^MISSED/);
  });

  it('measure memory per article as the growth of peak RSS between the two largest archives', () => {
    const kb = 1000;
    const lines = checkTargets([
      result(1_000, { peakRss: 100 * MIB }),
      result(5_000, { peakRss: 400 * MIB }),
      result(20_000, { peakRss: 400 * MIB + 15_000 * 26 * kb }),
    ]);
    expect(line(lines, 'memory per article')).toMatch(
      /^met +memory per article at most 27 KB .*: 26\.0 KB \(5,000 → 20,000/,
    );
    const steep = checkTargets([result(5_000, { peakRss: 0 }), result(20_000, { peakRss: 15_000 * 28 * kb })]);
    expect(line(steep, 'memory per article')).toMatch(/^MISSED .*: 28\.0 KB/);
    expect(line(checkTargets([result(5_000, {})]), 'memory per article')).toMatch(/^n\/a .*needs two archive sizes/);
  });

  it('add the ingest of the one new article to the rebuild for the publishing loop', () => {
    const rebuild = (seconds: number) =>
      result(undefined, { buildSeconds: seconds }, { toArticles: 20_000, ingestSeconds: 2, when: 'on the newest day' });
    expect(line(checkTargets([rebuild(12.9)]), 'one article added')).toMatch(
      /^met .*: 14\.9 s \(ingest 2\.0 s, rebuild 12\.9 s\)/,
    );
    expect(line(checkTargets([rebuild(13.1)]), 'one article added')).toMatch(/^MISSED .*: 15\.1 s/);
    expect(line(checkTargets([result(20_000, {})]), 'one article added')).toMatch(/^n\/a /);
  });

  it('judge an article added on the newest day and a back-dated one each, never one for both', () => {
    const added = (seconds: number, when: 'on the newest day' | 'back-dated') =>
      result(undefined, { buildSeconds: seconds }, { toArticles: 20_000, ingestSeconds: 2, when });
    const lines = checkTargets([added(5, 'on the newest day'), added(20, 'back-dated')]);
    expect(line(lines, 'added to 20,000 on the newest day')).toMatch(/^met .*: 7\.0 s/);
    expect(line(lines, 'added to 20,000 back-dated')).toMatch(/^MISSED .*: 22\.0 s/);
    const newestOnly = checkTargets([added(5, 'on the newest day')]);
    expect(line(newestOnly, 'added to 20,000 back-dated')).toMatch(/^n\/a .*not run/);
  });
});
