import { describe, expect, it, vi } from 'vitest';
import type { ExtractOptions, Extraction, Mention } from '../../../../src/ingest/extractor/extract-entities.ts';
import { renderHere } from '../../../../src/ingest/command/mdx-pool.ts';
import { runIngest } from '../../../../src/ingest/command/run.ts';
import type { Frontmatter } from '../../../../src/ingest/text/frontmatter.ts';
import type { ReviewEntry } from '../../../../src/ingest/registry/review-file.ts';
import { memoryFs, type MemoryFs } from '../../../helpers/memory-fs.ts';

/* A stand-in extractor: finds the listed names wherever they occur in the text. */
function fakeExtract(names: { people: string[]; organisations?: string[] }) {
  const found = (text: string, list: string[] = []): Mention[] =>
    list
      .filter((name) => new RegExp(`(?<![\\w ])${name}\\b|(?<=[.,] )${name}\\b|^${name}\\b`).test(text))
      .map((name) => ({ name, surfaces: [name], roles: [], confidence: 0.9, cue: true, vote: true }));
  return vi.fn((text: string, _options?: ExtractOptions): Extraction => ({
    people: found(text, names.people),
    organisations: found(text, names.organisations),
    places: [],
  }));
}

const early = 'date 1987-02-26 Lopez said the harbour wall would open in the spring.';
const later = 'date 1987-03-02 Ana Lopez opened the harbour wall on Monday.';
const earlyPath = 'content/articles/1987/1987-02-26-lopez-said-the-harbour-wall-would-open-in-the-spring.mdx';
const extract = fakeExtract({ people: ['Ana Lopez', 'Lopez'], organisations: ['Lopez Foods'] });

const ingest = (fs: MemoryFs, inputs: string[]) =>
  runIngest({ inputs, contentDir: 'content', dryRun: false }, { ...fs, extract });
const review = (fs: MemoryFs) => JSON.parse(fs.text('content/review.json') ?? '[]') as ReviewEntry[];
const evidence = (fs: MemoryFs) =>
  (JSON.parse(fs.text('content/people.json') ?? '[]') as { id: string; evidence?: { articles: number } }[]).find(
    (entity) => entity.id === 'ana-lopez',
  )?.evidence;

describe('the second pass of a run', () => {
  it("links an earlier article's bare surname once a later article of the run names its one holder", async () => {
    const fs = memoryFs({ 'in/1.txt': early, 'in/2.txt': later });
    const report = await ingest(fs, ['in']);
    expect(report.files.map((file) => (file.status === 'imported' ? file.people : file.status))).toEqual([
      ['ana-lopez'],
      ['ana-lopez'],
    ]);
    expect(fs.text(earlyPath)).toContain('people:\n  - ana-lopez\n');
    expect(review(fs).filter((entry) => entry.name === 'Lopez')).toEqual([]);
    expect(report.review).toEqual([]);
    expect(evidence(fs)?.articles).toBe(2);
  });

  it('writes a relinked article again from its new front matter, and one whose first file failed still fails', async () => {
    const fs = memoryFs({ 'in/1.txt': early, 'in/2.txt': later });
    const render = vi.fn(async (frontmatter: Frontmatter, paragraphs: readonly string[]) => {
      if (frontmatter.date === '1987-02-26' && frontmatter.people.length === 0) throw new Error('paragraph 1 is wrong');
      return renderHere(frontmatter, paragraphs);
    });
    const report = await runIngest(
      { inputs: ['in'], contentDir: 'content', dryRun: false },
      { ...fs, extract, render },
    );
    expect(render.mock.calls.map(([frontmatter]) => [frontmatter.date, frontmatter.people])).toEqual([
      ['1987-02-26', []],
      ['1987-03-02', ['ana-lopez']],
      ['1987-02-26', ['ana-lopez']],
    ]);
    // The second file passed, but the first one's failure is what the article was built as.
    expect(report.files[0]).toEqual({ status: 'failed', file: 'in/1.txt', reason: 'paragraph 1 is wrong' });
    expect(fs.text(earlyPath)).toBeUndefined();
  });

  it('leaves the name for review when an organisation of the article uses the word', async () => {
    const fs = memoryFs({
      'in/1.txt': 'date 1987-02-26 Lopez Foods said Lopez would open the plant.',
      'in/2.txt': later,
    });
    await ingest(fs, ['in']);
    const path = 'content/articles/1987/1987-02-26-lopez-foods-said-lopez-would-open-the-plant.mdx';
    expect(fs.text(path)).toContain('people: []\n');
    expect(evidence(fs)?.articles).toBe(1);
  });

  it('never rewrites an article an earlier run wrote', async () => {
    const fs = memoryFs({ 'in/1.txt': early, 'later/2.txt': later });
    await ingest(fs, ['in']);
    const before = fs.text(earlyPath);
    expect(before).toContain('people: []\n');
    await ingest(fs, ['later']);
    expect(fs.text(earlyPath)).toBe(before);
    expect(fs.writes.filter((write) => write.path === earlyPath)).toHaveLength(1);
  });

  it("writes the relinked article in the run's one commit: a kill before it leaves the content folder as it was", async () => {
    const fs = memoryFs({ 'in/1.txt': early, 'in/2.txt': later });
    // Staged files are written, then the manifest: a kill before the commit point changes nothing.
    fs.crashAfter(3);
    await expect(ingest(fs, ['in'])).rejects.toThrow(/killed/);
    fs.crashAfter(Infinity);
    expect(fs.under('content').filter((path) => !path.startsWith('content/.ingest-staging/'))).toEqual([]);
    await ingest(fs, ['in']);
    expect(fs.text(earlyPath)).toContain('people:\n  - ana-lopez\n');
  });
});
