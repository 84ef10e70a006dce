import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  extractEntities,
  type ExtractOptions,
  type Extraction,
  type Mention,
} from '../../../../src/ingest/extractor/extract-entities.ts';
import { referencedIds } from '../../../../src/ingest/registry/repair.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { renderHere } from '../../../../src/ingest/command/mdx-pool.ts';
import { runIngest, type IngestOptions } from '../../../../src/ingest/command/run.ts';
import type { Frontmatter } from '../../../../src/ingest/text/frontmatter.ts';
import { contentHash } from '../../../../src/ingest/text/source.ts';
import { memoryFs, type MemoryFs } from '../../../helpers/memory-fs.ts';
import { comparableIndex, isIndexFile } from '../../../helpers/ingest-index.ts';

/* A stand-in extractor: finds the listed names wherever they occur in the text. */
function fakeExtract(names: { people?: string[]; organisations?: string[]; unsure?: string[] }) {
  const found = (text: string, list: string[] = [], confidence = 0.9): Mention[] =>
    list
      .filter((name) => text.includes(name))
      .map((name) => ({ name, surfaces: [name], roles: [], confidence, cue: true, vote: true }));
  return vi.fn((text: string, _options?: ExtractOptions): Extraction => ({
    people: found(text, names.people),
    organisations: [...found(text, names.organisations), ...found(text, names.unsure, 0.2)],
    places: [],
  }));
}

const options = (inputs: string[], overrides: Partial<IngestOptions> = {}): IngestOptions => ({
  inputs,
  contentDir: 'content',
  dryRun: false,
  ...overrides,
});

async function ingest(
  fs: MemoryFs,
  inputs: string[],
  overrides: Partial<IngestOptions> = {},
  extract = fakeExtract({ people: ['Ana Lopez'] }),
) {
  return runIngest(options(inputs, overrides), { ...fs, extract });
}

/* Every file under content/, by path, as text. */
const snapshot = (fs: MemoryFs) =>
  Object.fromEntries(
    fs.under('content').map((path) => [path, isIndexFile(path) ? comparableIndex(fs.text(path)) : fs.text(path)]),
  );

const article = 'date 2025-03-14 Ana Lopez opened the harbour wall on Friday. It took three years.';

describe('runIngest', () => {
  it('writes the article under articles/YYYY/ with its entities, and the registries', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    const report = await ingest(fs, ['in/a.txt']);
    expect(report.counts).toEqual({ imported: 1, skipped: 0, failed: 0 });
    const path = 'content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx';
    expect(report.files).toEqual([
      {
        status: 'imported',
        file: 'in/a.txt',
        path,
        title: 'Ana Lopez opened the harbour wall on Friday',
        people: ['ana-lopez'],
        organisations: [],
        events: [],
      },
    ]);
    expect(fs.text(path)).toContain('people:\n  - ana-lopez\n');
    expect(fs.text(path)).toContain('source: a.txt\n');
    expect(JSON.parse(fs.text('content/people.json') ?? '')).toEqual([
      {
        id: 'ana-lopez',
        name: 'Ana Lopez',
        aliases: [],
        roles: [],
        status: 'auto',
        evidence: { articles: 1, cues: 1, people: 1, organisations: 0 },
      },
    ]);
    expect(fs.text('content/organisations.json')).toContain('"id": "international-monetary-fund"');
    expect(report.added).toEqual({ people: ['ana-lopez'], organisations: [], events: [] });
  });

  it('moves the registries, then the articles into place, once every file of the run is written', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    await ingest(fs, ['in/a.txt']);
    expect(fs.writes.map((write) => [write.path, write.overwrite])).toEqual([
      ['content/people.json', true],
      ['content/organisations.json', true],
      ['content/events.json', true],
      ['content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx', false],
    ]);
    expect(fs.under('content/.ingest-staging')).toEqual([]);
  });

  it('is a no-op the second time: "already imported", nothing written, identical bytes', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    await ingest(fs, ['in/a.txt']);
    const before = new Map([...fs.files].map(([path, bytes]) => [path, new TextDecoder().decode(bytes)]));
    const writes = fs.writes.length;
    const report = await ingest(fs, ['in/a.txt']);
    expect(report.counts).toEqual({ imported: 0, skipped: 1, failed: 0 });
    expect(report.files[0]).toMatchObject({ status: 'skipped', reason: 'already imported from a.txt' });
    expect(fs.writes.length).toBe(writes);
    expect(new Map([...fs.files].map(([path, bytes]) => [path, new TextDecoder().decode(bytes)]))).toEqual(before);
  });

  it('recognises the same text saved with CRLF line endings and a BOM as already imported', async () => {
    const fs = memoryFs({ 'in/a.txt': article, 'in/b.txt': `\uFEFF${article.replace(/\n/g, '\r\n')}` });
    const report = await ingest(fs, ['in/a.txt', 'in/b.txt']);
    expect(report.files.map((outcome) => outcome.status)).toEqual(['imported', 'skipped']);
  });

  it('names both the skipped input and the input that holds the same text, in this run or an earlier one', async () => {
    const fs = memoryFs({ 'in/a.txt': article, 'in/b.txt': article, 'later/c.txt': article });
    const first = await ingest(fs, ['in/a.txt', 'in/b.txt']);
    const path = 'content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx';
    expect(first.files[1]).toEqual({
      status: 'skipped',
      file: 'in/b.txt',
      path,
      reason: 'the same text as in/a.txt, imported in this run',
    });
    const second = await ingest(fs, ['later/c.txt']);
    expect(second.files[0]).toEqual({
      status: 'skipped',
      file: 'later/c.txt',
      path,
      reason: 'already imported from a.txt',
    });
  });

  it('fails an input with the same text as an earlier input of the run that failed, instead of skipping it', async () => {
    const fs = memoryFs({ 'in/a.txt': article, 'in/b.txt': article });
    const report = await runIngest(options(['in']), {
      ...fs,
      extract: fakeExtract({ people: ['Ana Lopez'] }),
      render: async () => {
        throw new Error('paragraph 1 (html) does not read back as written');
      },
    });
    expect(report.files).toMatchObject([
      { status: 'failed', file: 'in/a.txt' },
      {
        status: 'failed',
        file: 'in/b.txt',
        reason: 'has the same text as in/a.txt, which failed: paragraph 1 (html) does not read back as written',
      },
    ]);
    expect(report.counts).toEqual({ imported: 0, skipped: 0, failed: 2 });
  });

  it('imports text with a space after U+2028, www.__init__ and a 200,000-character first line', async () => {
    const fs = memoryFs({
      'in/separator.txt': 'date 2025-03-14 Ana Lopez opened the wall.\u2028 It took three years.',
      'in/dunder.txt': 'date 2025-03-15 Ana Lopez edited www.__init__ on Friday.',
      'in/long.txt': `date 2025-03-16 ${'A'.repeat(200_000)}\n\nAna Lopez opened it.`,
    });
    const report = await ingest(fs, ['in']);
    expect(report.files.map((outcome) => [outcome.file, outcome.status])).toEqual([
      ['in/dunder.txt', 'imported'],
      ['in/long.txt', 'imported'],
      ['in/separator.txt', 'imported'],
    ]);
    const long = report.files[1];
    expect(long?.status === 'imported' ? long.title.length : 0).toBeLessThanOrEqual(110);
  });

  it('imports a file whose name holds control characters, with them as visible escapes in its source', async () => {
    const name = 'in/wire\u001B[31m\u0085\u202Ered.txt';
    const fs = memoryFs({ [name]: article });
    const report = await ingest(fs, [name]);
    expect(report.files[0]).toMatchObject({ status: 'imported', file: name });
    const written = new TextDecoder().decode(fs.files.get(report.written.find((path) => path.endsWith('.mdx')) ?? ''));
    expect(written).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(written)?.[1] ?? '') as { source?: string };
    expect(frontmatter.source).toBe('wire\\x1B[31m\\x85\\u202Ered.txt');
  });

  it('recognises whitespace the parsed article does not keep as the same article, not a -2', async () => {
    const variants = {
      'in/b.txt': article.replace('Friday. ', 'Friday.   \n'),
      'in/c.txt': `\n\n  ${article}\n`,
      'in/d.txt': `${article}\n\n\n\n`,
      'in/e.txt': `date  2025-03-14\n\n${article.slice('date 2025-03-14 '.length)}  \n \n`,
    };
    const fs = memoryFs({ 'in/a.txt': article, ...variants });
    const report = await ingest(fs, ['in']);
    expect(report.files.map((outcome) => [outcome.file, outcome.status])).toEqual([
      ['in/a.txt', 'imported'],
      ...Object.keys(variants).map((file) => [file, 'skipped']),
    ]);
    expect(fs.under('content/articles')).toHaveLength(1);
  });

  it('still recognises an article whose hash was taken of the raw text, as ingest stored it before', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    await ingest(fs, ['in/a.txt']);
    const path = 'content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx';
    const stored = (fs.text(path) ?? '').replace(/^hash: .*$/m, `hash: ${contentHash(article)}`);
    fs.files.set(path, new TextEncoder().encode(stored));
    const report = await ingest(fs, ['in/a.txt']);
    expect(report.files[0]).toMatchObject({ status: 'skipped', path });
  });

  it('gives a different article with the same date and headline a -2 suffix and never overwrites the first', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    await ingest(fs, ['in/a.txt']);
    const first = fs.text('content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx');
    fs.files.set('in/b.txt', new TextEncoder().encode(`${article} It rained.`));
    fs.files.set('in/c.txt', new TextEncoder().encode(`${article} It snowed.`));
    const report = await ingest(fs, ['in/b.txt', 'in/c.txt']);
    expect(report.files.map((outcome) => ('path' in outcome ? outcome.path : ''))).toEqual([
      'content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday-2.mdx',
      'content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday-3.mdx',
    ]);
    expect(fs.text('content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx')).toBe(first);
  });

  it('reports each bad file with its reason, still imports the others, and counts them', async () => {
    const fs = memoryFs({
      'in/1-good.txt': article,
      'in/2-no-date.txt': 'Ana Lopez spoke.',
      'in/3-bad-date.txt': 'date 2025-02-30 Ana Lopez spoke.',
      'in/4-binary.txt': new Uint8Array([0x00, 0x01, 0x02]),
    });
    const report = await ingest(fs, ['in']);
    expect(report.counts).toEqual({ imported: 1, skipped: 0, failed: 3 });
    expect(report.files.filter((outcome) => outcome.status === 'failed')).toEqual([
      {
        status: 'failed',
        file: 'in/2-no-date.txt',
        reason: 'has no date line: it starts "Ana Lopez spoke.…" instead of date YYYY-MM-DD',
      },
      {
        status: 'failed',
        file: 'in/3-bad-date.txt',
        reason: 'has an impossible date: 2025-02-30 is not a day of the calendar',
      },
      {
        status: 'failed',
        file: 'in/4-binary.txt',
        reason: 'contains the control character U+0000 at byte 0, so it looks binary, not like text',
      },
    ]);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const fs = memoryFs({ 'in/big.txt': `date 2025-01-01 ${'word '.repeat(100)}` });
    const readBytes = vi.fn(fs.readBytes);
    const report = await runIngest(options(['in/big.txt'], { maxBytes: 100 }), {
      ...fs,
      readBytes,
      extract: fakeExtract({}),
    });
    expect(report.files[0]).toEqual({
      status: 'failed',
      file: 'in/big.txt',
      reason: 'is too large: 516 bytes (the limit is 100)',
    });
    expect(readBytes).not.toHaveBeenCalled();
  });

  it('reports an input path that does not exist', async () => {
    const report = await ingest(memoryFs(), ['nowhere']);
    expect(report.files).toEqual([{ status: 'failed', file: 'nowhere', reason: 'no such file or folder' }]);
  });

  it('creates no content folder, not even the article index, when no input goes in', async () => {
    const fs = memoryFs({ 'in/bad.txt': 'no date here' });
    const report = await ingest(fs, ['in/bad.txt', 'nowhere']);
    expect(report.counts.failed).toBe(2);
    expect(fs.under('content')).toEqual([]);
  });

  it('walks folders for .txt files only, in a stable order, and ingests a file named twice once', async () => {
    const fs = memoryFs({
      'in/b/2.txt': `${article} Two.`,
      'in/a.txt': `${article} One.`,
      'in/notes.md': 'not an article',
    });
    const report = await ingest(fs, ['in', 'in/a.txt']);
    expect(report.files.map((outcome) => outcome.file)).toEqual(['in/a.txt', 'in/b/2.txt']);
  });

  it('fails a sub-folder that cannot be read alone, imports the rest and reports links not followed', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    const walk = {
      files: ['in/a.txt'],
      failures: [{ path: 'in/locked', reason: 'is a folder that could not be read: permission denied' }],
      outside: [{ path: 'in/feeds', target: '/srv/feeds' }],
    };
    const report = await runIngest(options(['in']), {
      ...fs,
      listInputFiles: async () => walk,
      extract: fakeExtract({ people: ['Ana Lopez'] }),
    });
    expect(report.counts).toEqual({ imported: 1, skipped: 0, failed: 1 });
    expect(report.files.map(({ status, file }) => ({ status, file }))).toEqual([
      { status: 'failed', file: 'in/locked' },
      { status: 'imported', file: 'in/a.txt' },
    ]);
    expect(report.notFollowed).toEqual(walk.outside);
  });

  it('changes nothing when a file cannot be written (disk full), names it, and writes all once it can', async () => {
    const registries = {
      'content/people.json': '[{"id":"carlos-lopez","name":"Carlos Lopez","status":"confirmed"}]',
      'content/organisations.json': '[]',
    };
    const inputs = { 'in/a.txt': article, 'in/b.txt': 'date 2025-03-15 Ana Lopez met the Harbour Trust.' };
    const extract = () => fakeExtract({ people: ['Ana Lopez'], organisations: ['Harbour Trust'] });
    const fs = memoryFs({ ...inputs, ...registries });
    // The second registry written: people.json is already staged when organisations.json fails.
    fs.failWrites((path) => path.endsWith('/organisations.json'));
    await expect(ingest(fs, ['in'], {}, extract())).rejects.toThrow(
      'could not write content/organisations.json: no space left on device; nothing was changed',
    );
    expect(fs.text('content/people.json')).toBe(registries['content/people.json']);
    expect(fs.text('content/organisations.json')).toBe('[]');
    expect(fs.under('content')).toEqual(Object.keys(registries).sort());
    fs.failWrites(() => false);
    const report = await ingest(fs, ['in'], {}, extract());
    const whole = memoryFs({ ...inputs, ...registries });
    await ingest(whole, ['in'], {}, extract());
    expect(report.counts).toEqual({ imported: 2, skipped: 0, failed: 0 });
    expect(snapshot(fs)).toEqual(snapshot(whole));
  });

  it('cleans up the temporary files an interrupted atomic write left in the content folder', async () => {
    const fs = memoryFs({
      'in/a.txt': article,
      'content/.people.json.0123456789ab.tmp': '[{"id": "ana',
      'content/articles/2025/.2025-03-14-x.mdx.ba9876543210.tmp': '---',
    });
    const report = await ingest(fs, ['in/a.txt']);
    expect(report.recovery).toEqual({ completed: [], discarded: 2 });
    expect(fs.under('content').filter((path) => path.endsWith('.tmp'))).toEqual([]);
  });

  it('writes each article as its render gives it, from the front matter and paragraphs alone', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    const given: string[] = [];
    // The MDX is made where render runs (the workers, in the command), not by the loop that resolves.
    const render = vi.fn(async (frontmatter: Frontmatter, paragraphs: readonly string[]) => {
      const data = await renderHere(frontmatter, paragraphs);
      given.push(data);
      return data;
    });
    await runIngest(options(['in/a.txt']), { ...fs, extract: fakeExtract({ people: ['Ana Lopez'] }), render });
    expect(render.mock.calls).toEqual([
      [
        expect.objectContaining({ title: 'Ana Lopez opened the harbour wall on Friday', people: ['ana-lopez'] }),
        ['Ana Lopez opened the harbour wall on Friday. It took three years.'],
      ],
    ]);
    expect(given).toHaveLength(1);
    expect(fs.text('content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx')).toBe(given[0]);
  });

  it('tells the MDX writer how many input files the run has before it writes the first article', async () => {
    const fs = memoryFs({ 'in/a.txt': article, 'in/b.txt': 'date 2025-03-15 Ana Lopez closed the harbour wall.' });
    const calls: string[] = [];
    await runIngest(options(['in']), {
      ...fs,
      extract: fakeExtract({ people: ['Ana Lopez'] }),
      expectInputs: (count) => calls.push(`expect ${count}`),
      render: (frontmatter, paragraphs) => {
        calls.push('render');
        return renderHere(frontmatter, paragraphs);
      },
    });
    expect(calls).toEqual(['expect 2', 'render', 'render']);
  });

  it('writes no article that fails its MDX check, names the reason, and still writes the others', async () => {
    const fs = memoryFs({ 'in/a.txt': article, 'in/b.txt': 'date 2025-03-15 Ana Lopez closed the harbour wall.' });
    const render = vi.fn(async (frontmatter: Frontmatter, paragraphs: readonly string[]) => {
      if (paragraphs.join('\n').includes('opened')) throw new Error('paragraph 1 (html) does not read back as written');
      return renderHere(frontmatter, paragraphs);
    });
    const report = await runIngest(options(['in']), {
      ...fs,
      extract: fakeExtract({ people: ['Ana Lopez'] }),
      render,
    });
    expect(render).toHaveBeenCalledTimes(2);
    expect(report.files).toMatchObject([
      { status: 'failed', file: 'in/a.txt', reason: 'paragraph 1 (html) does not read back as written' },
      { status: 'imported', file: 'in/b.txt' },
    ]);
    expect(report.counts).toEqual({ imported: 1, skipped: 0, failed: 1 });
    expect(fs.under('content/articles')).toEqual([
      'content/articles/2025/2025-03-15-ana-lopez-closed-the-harbour-wall.mdx',
    ]);
  });

  it('reports an article file that appeared during the run instead of overwriting it', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    const path = 'content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx';
    const extract = fakeExtract({});
    const report = await runIngest(options(['in/a.txt']), {
      ...fs,
      extract: (text, opts) => {
        fs.files.set(path, new TextEncoder().encode('written by someone else'));
        return extract(text, opts);
      },
    });
    expect(report.files[0]).toMatchObject({
      status: 'failed',
      reason: `${path} appeared while ingesting and was not overwritten`,
    });
    expect(fs.text(path)).toBe('written by someone else');
  });

  it('writes nothing in a dry run but reports what it would write', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    const report = await ingest(fs, ['in/a.txt'], { dryRun: true });
    expect(fs.writes).toEqual([]);
    expect(report.dryRun).toBe(true);
    expect(report.counts.imported).toBe(1);
    expect(report.written).toContain(
      'content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx',
    );
  });

  it('tells the extractor the known names and the rejected ones', async () => {
    const people = JSON.stringify([
      { id: 'ana-lopez', name: 'Ana Lopez', aliases: ['Lopez'] },
      { id: 'harbour-master', name: 'Harbour Master', status: 'rejected' },
    ]);
    const fs = memoryFs({ 'in/a.txt': article, 'content/people.json': people });
    const extract = fakeExtract({ people: ['Ana Lopez'] });
    await ingest(fs, ['in/a.txt'], {}, extract);
    const passed = extract.mock.calls[0]?.[1];
    expect(passed?.index?.lookup('Lopez')).toMatchObject({ kind: 'people', name: 'Ana Lopez' });
    expect(passed?.index?.lookup('Harbour Master')).toBeUndefined();
    expect(passed?.rejected).toEqual(['Harbour Master']);
    expect(extract.mock.calls[0]?.[0]).toBe('Ana Lopez opened the harbour wall on Friday. It took three years.');
  });

  it('leaves an edited registry alone when nothing new is learned', async () => {
    const people = '[{"id":"ana-lopez","name":"Ana Lopez","status":"confirmed"}]';
    const fs = memoryFs({
      'in/a.txt': article,
      'content/people.json': people,
      'content/organisations.json': '[]',
      'content/events.json': '[]',
    });
    await ingest(fs, ['in/a.txt']);
    expect(fs.text('content/people.json')).toBe(people);
    expect(fs.writes.map((write) => write.path)).toEqual([
      'content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx',
    ]);
  });

  it('lists low-confidence names in review.json and keeps them out of the article and registries', async () => {
    const fs = memoryFs({ 'in/a.txt': 'date 2025-03-14 Ana Lopez praised the Special Partnership on Friday.' });
    const report = await ingest(
      fs,
      ['in/a.txt'],
      {},
      fakeExtract({ people: ['Ana Lopez'], unsure: ['Special Partnership'] }),
    );
    expect(report.review).toEqual([
      {
        kind: 'organisations',
        name: 'Special Partnership',
        reason: 'low confidence',
        confidence: 0.2,
        candidates: [],
        articles: ['2025/2025-03-14-ana-lopez-praised-the-special-partnership-on-friday'],
      },
    ]);
    expect(JSON.parse(fs.text('content/review.json') ?? '')).toEqual(report.review);
    expect(fs.text('content/organisations.json')).not.toContain('Special Partnership');
    expect(fs.text(fs.under('content/articles')[0] ?? '')).toContain('organisations: []');
  });

  it('writes no review.json when there is nothing to review', async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    await ingest(fs, ['in/a.txt']);
    expect(fs.text('content/review.json')).toBeUndefined();
  });

  it('stops before writing anything when a registry is broken, naming the file', async () => {
    const fs = memoryFs({ 'in/a.txt': article, 'content/people.json': '[{"id":"Bad Id","name":"X"}]' });
    await expect(ingest(fs, ['in/a.txt'])).rejects.toThrow(/^content\/people\.json: entry 1/);
    expect(fs.writes).toEqual([]);
  });

  it('writes no name with markup in it, for people, organisations, events, places or story', async () => {
    const hostile = [
      "date 2026-03-02 Geneva<b>Talks</b> Summit: Delegates arrived on Monday for the Geneva<img/src='x'/onerror=alert(document.domain)> Summit, officials said.",
      'Leaders of Hal&amp;Co and AT&amp;T met Chairman Hal<b>Stone</b> of Delta Holdings and Mayor Ana"Lopez at the Oslo&lt;x&gt; Forum on Friday.',
    ].join('\n\n');
    const fs = memoryFs({ 'in/a.txt': hostile });
    const report = await ingest(fs, ['in/a.txt'], {}, vi.fn(extractEntities));
    expect(report.counts.imported).toBe(1);
    const markup = /[<>"`=]|&(?:#|[a-z]{2})/u;
    const names: string[] = [];
    for (const registry of ['people', 'organisations', 'events']) {
      const entries = JSON.parse(fs.text(`content/${registry}.json`) ?? '[]') as { name: string; aliases: string[] }[];
      for (const entry of entries) names.push(entry.name, ...entry.aliases);
    }
    const mdx = fs.text(fs.under('content/articles')[0] ?? '') ?? '';
    const frontmatter = parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '') as { story?: string; places: string[] };
    expect(frontmatter.story).toBeUndefined();
    names.push(...frontmatter.places);
    expect(names).toContain('Geneva');
    for (const name of names) expect(name).not.toMatch(markup);
  });

  it('reports progress once per file', async () => {
    const fs = memoryFs({ 'in/a.txt': `${article} A.`, 'in/b.txt': `${article} B.` });
    const onProgress = vi.fn();
    await runIngest(options(['in']), { ...fs, extract: fakeExtract({}), onProgress });
    expect(onProgress.mock.calls).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});

describe('runIngest after an interruption', () => {
  const fixtures = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'ingest', 'raw');
  const inputs = () =>
    Object.fromEntries(
      readdirSync(fixtures)
        .filter((name) => name.endsWith('.txt') && !name.startsWith('bad-'))
        .map((name) => [`in/${name}`, readFileSync(join(fixtures, name))]),
    );
  const run = (fs: MemoryFs) =>
    runIngest(options(['in']), { ...fs, extract: extractEntities }).then(
      () => 'finished',
      (error: unknown) => (error as Error).message,
    );

  it(
    'converges, after a kill at any step, on exactly what an uninterrupted run writes',
    { timeout: 60_000 },
    async () => {
      const whole = memoryFs(inputs());
      expect(await run(whole)).toBe('finished');
      const expected = snapshot(whole);
      let steps = 0;
      for (; ; steps += 1) {
        const fs = memoryFs(inputs());
        fs.crashAfter(steps);
        const first = await run(fs);
        fs.crashAfter(Infinity);
        expect(await run(fs), `rerun after a kill at step ${steps}`).toBe('finished');
        expect(snapshot(fs), `rerun after a kill at step ${steps}`).toEqual(expected);
        if (first === 'finished') break;
        expect(first).toMatch(/killed/);
      }
    },
  );

  it('re-creates the registry entries articles name but the registries lost, and says so', async () => {
    const fs = memoryFs(inputs());
    expect(await run(fs)).toBe('finished');
    const registry = (name: string) => JSON.parse(fs.text(`content/${name}.json`) ?? '[]') as EntityRecord[];
    const before = { people: registry('people'), events: registry('events') };
    // What two ingests writing at once left: registries without the entities of one of them.
    fs.files.set('content/people.json', new TextEncoder().encode('[]\n'));
    fs.files.set('content/events.json', new TextEncoder().encode(`${JSON.stringify(before.events.slice(1))}\n`));
    const report = await runIngest(options(['in']), { ...fs, extract: extractEntities });
    expect(report.counts.skipped).toBe(report.files.length);
    expect(report.repaired.people.toSorted()).toEqual(before.people.map((entity) => entity.id));
    expect(report.repaired.events).toEqual(before.events.slice(0, 1).map((entity) => entity.id));
    const names = (entities: EntityRecord[]) => entities.map(({ id, name }) => [id, name]);
    expect(names(registry('people'))).toEqual(names(before.people));
    expect(names(registry('events'))).toEqual(names(before.events));
    for (const path of fs.under('content/articles')) {
      for (const { kind, id } of referencedIds(/^---\n([\s\S]*?)\n---/.exec(fs.text(path) ?? '')?.[1] ?? '')) {
        expect(
          registry(kind).map((entity) => entity.id),
          `${path}: ${kind} ${id}`,
        ).toContain(id);
      }
    }
  });
});
