import { describe, expect, it } from 'vitest';
import { describeOutcome, describeReport } from '../../../../src/ingest/command/report.ts';
import type { IngestReport } from '../../../../src/ingest/command/run.ts';

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
  notFollowed: [],
  repaired: { people: [], organisations: [], events: [] },
  recovery: { completed: [], discarded: 0 },
  relinked: [],
  leftAlone: [],
};
const options = { perFile: true, review: false, contentDir: 'content' };

describe('describeReport', () => {
  it('names the entities it re-created because articles named them and the registries lacked them', () => {
    const repaired = {
      ...report,
      repaired: { people: ['ana-lopez', 'tomas-berg'], organisations: [], events: ['harbour-day'] },
    };
    expect(describeReport(repaired, { ...options, perFile: false })).toContain(
      'repaired the registries: re-created entities that articles name but the registries lacked (people ana-lopez, tomas-berg; events harbour-day)\n',
    );
  });

  it('says how many bare surnames it linked, and which articles it left alone', () => {
    const relinked = {
      ...report,
      relinked: [
        { article: '1987/a', name: 'Reagan', person: 'ronald-reagan' },
        { article: '1987/a', name: 'Gandhi', person: 'rajiv-gandhi' },
        { article: '1987/b', name: 'Reagan', person: 'ronald-reagan' },
      ],
      leftAlone: ['1987/c'],
    };
    const text = describeReport(relinked, { ...options, perFile: false });
    expect(text).toContain('linked 3 bare surnames in 2 articles to the one person later articles named in full\n');
    expect(text).toContain('left 1987/c alone: its front matter was edited by hand, so its names stay in review\n');
  });

  it('says what it finished or removed of an interrupted ingest', () => {
    const recovered = { ...report, recovery: { completed: ['content/people.json', 'content/a.mdx'], discarded: 3 } };
    expect(
      describeReport(recovered, { ...options, perFile: false })
        .split('\n')
        .slice(-4, -1),
    ).toEqual([
      'finished an interrupted ingest: moved 2 files into place',
      'removed 3 files an interrupted ingest left',
      'imported 1, skipped 1 (already imported), failed 1',
    ]);
  });

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

  it('writes control and bidirectional characters in file names and reasons as visible escapes', () => {
    const hostile: IngestReport = {
      ...report,
      files: [
        {
          status: 'imported',
          file: 'in/\u001B[2J\u202Ea.txt',
          path: 'content/articles/2025/a.mdx',
          title: 'A',
          people: [],
          organisations: [],
          events: [],
        },
        {
          status: 'skipped',
          file: 'in/b\u0007.txt',
          path: 'content/articles/2025/a.mdx',
          reason: 'the same text as in/\u001B[2J\u202Ea.txt, imported in this run',
        },
        { status: 'failed', file: 'in/c\u009B31m.txt', reason: 'front matter breaks the schema:\n\u001B[1m title' },
      ],
    };
    const text = describeReport(hostile, options);
    expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'imported in/\\x1B[2J\\u202Ea.txt → content/articles/2025/a.mdx',
      'skipped  in/b\\x07.txt: the same text as in/\\x1B[2J\\u202Ea.txt, imported in this run as content/articles/2025/a.mdx',
      'failed   in/c\\x9B31m.txt: front matter breaks the schema:',
      '\\x1B[1m title',
    ]);
  });

  it('names each symbolic link it did not follow and where it leads, even beside a progress bar', () => {
    const linked = { ...report, notFollowed: [{ path: 'in/feeds', target: '/srv/feeds' }] };
    expect(describeReport(linked, { ...options, perFile: false })).toContain(
      'not followed in/feeds → /srv/feeds: the link leads out of the folder given (give its target as an input)\n',
    );
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
