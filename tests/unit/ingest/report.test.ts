import { describe, expect, it } from 'vitest';
import { describeOutcome, describeReport } from '../../../src/ingest/report.ts';
import type { IngestReport } from '../../../src/ingest/run.ts';

const report: IngestReport = {
  dryRun: false,
  counts: { imported: 1, skipped: 1, failed: 1 },
  files: [
    {
      status: 'imported',
      file: 'in/a.txt',
      path: 'content/articles/2025/a.mdx',
      title: 'A',
      people: [],
      organisations: [],
      events: [],
    },
    { status: 'skipped', file: 'in/b.txt', path: 'content/articles/2025/b.mdx', reason: 'already imported' },
    { status: 'failed', file: 'in/c.txt', reason: 'has no date line' },
  ],
  added: { people: ['ana-lopez'], organisations: [], events: ['harbour-day'] },
  review: [
    {
      kind: 'people',
      name: 'Lopez',
      reason: 'ambiguous',
      confidence: 0.8,
      candidates: ['a', 'b'],
      articles: ['2025/a'],
    },
  ],
  written: [],
};
const options = { perFile: true, review: false, contentDir: 'content' };

describe('describeReport', () => {
  it('lists every file, what was added and left for review, and ends with the summary line', () => {
    expect(describeReport(report, options).split('\n')).toEqual([
      'imported in/a.txt → content/articles/2025/a.mdx',
      'skipped  in/b.txt: already imported as content/articles/2025/b.mdx',
      'failed   in/c.txt: has no date line',
      'new entities (status auto): 1 people, 0 organisations, 1 events',
      '1 names left for review in content/review.json (--review lists them)',
      'imported 1, skipped 1 (already imported), failed 1',
      '',
    ]);
  });

  it('lists only failures when a progress bar showed the rest', () => {
    expect(describeReport(report, { ...options, perFile: false })).not.toContain('in/a.txt');
  });

  it('lists the names for review on request', () => {
    expect(describeReport(report, { ...options, review: true })).toContain(
      '  people "Lopez" (ambiguous: a, b) in 2025/a\n',
    );
  });

  it('says when nothing was written', () => {
    expect(describeReport({ ...report, dryRun: true }, options)).toMatch(
      /dry run, nothing written: would have imported 1, skipped 1 \(already imported\), failed 1\n$/,
    );
  });
});

describe('describeOutcome', () => {
  it('names the file and the reason of a failure', () => {
    expect(describeOutcome({ status: 'failed', file: 'x.txt', reason: 'is empty' })).toBe('failed   x.txt: is empty');
  });
});
