import { describe, expect, it } from 'vitest';
import { changedFiles, isSettled, loadContent } from '../../../../src/ingest/registry/content-state.ts';
import { chooseExtractor } from '../../../../src/ingest/command/main.ts';
import { runIngest } from '../../../../src/ingest/command/run.ts';
import { INDEX_FILE } from '../../../../src/ingest/registry/article-index.ts';
import { memoryFs, type MemoryFs } from '../../../helpers/memory-fs.ts';

const mdx = (hash: string) => `---\ntitle: T\ndate: "2025-01-01"\nhash: ${hash}\n---\n\nText.\n`;

describe('loadContent', () => {
  it('starts an empty folder with no people and the known international bodies', async () => {
    const state = await loadContent('content', memoryFs());
    expect(state.tables.people.size).toBe(0);
    expect(state.tables.organisations.has('united-nations')).toBe(true);
    expect(state.originals).toEqual({
      people: undefined,
      organisations: undefined,
      events: undefined,
      review: undefined,
    });
  });

  it('indexes existing articles by the hash in their front matter, and their ids lower-cased', async () => {
    const fs = memoryFs({
      'content/articles/2025/2025-01-01-A.mdx': mdx('0123456789abcdef'),
      'content/articles/2024/2024-01-01-b.mdx': mdx('"fedcba9876543210"').replace('hash: "', 'hash: "'),
      'content/articles/2024/no-hash.mdx': '---\ntitle: T\n---\n',
    });
    const state = await loadContent('content', fs);
    expect([...state.idByHash]).toEqual([
      ['fedcba9876543210', '2024/2024-01-01-b'],
      ['0123456789abcdef', '2025/2025-01-01-A'],
    ]);
    expect([...state.taken].sort()).toEqual(['2024/2024-01-01-b', '2024/no-hash', '2025/2025-01-01-a']);
  });

  it('refuses a broken review report, naming it', async () => {
    await expect(loadContent('content', memoryFs({ 'content/review.json': '{' }))).rejects.toThrow(
      /^content\/review\.json: /,
    );
  });
});

describe('changedFiles', () => {
  it('lists only the files whose written form changed', async () => {
    const fs = memoryFs({
      'content/people.json': '[{"id":"a-b","name":"A B"}]',
      'content/organisations.json': '[]',
      'content/events.json': '[]',
    });
    const state = await loadContent('content', fs);
    expect(changedFiles('content', state)).toEqual([]);
    state.tables.people.get('a-b')?.aliases.push('B');
    expect(changedFiles('content', state).map((file) => file.path)).toEqual(['content/people.json']);
  });

  it('creates missing registries, but no review report until there is something to review', async () => {
    const state = await loadContent('content', memoryFs());
    expect(changedFiles('content', state).map((file) => file.path)).toEqual([
      'content/people.json',
      'content/organisations.json',
      'content/events.json',
    ]);
  });
});

describe('isSettled', () => {
  const entry = { kind: 'people' as const, confidence: 0.3, candidates: [], articles: [] };

  it('settles a name once an editor confirmed or rejected an entity with it, not while it is only auto', async () => {
    const people = JSON.stringify([
      { id: 'ana-lopez', name: 'Ana Lopez', status: 'confirmed' },
      { id: 'bo-diaz', name: 'Bo Diaz', status: 'rejected' },
      { id: 'cy-ng', name: 'Cy Ng', status: 'auto' },
    ]);
    const { tables } = await loadContent('content', memoryFs({ 'content/people.json': people }));
    expect(isSettled(tables, { ...entry, name: 'Ana Lopez', reason: 'low confidence' })).toBe(true);
    expect(isSettled(tables, { ...entry, name: 'Bo Diaz', reason: 'name only' })).toBe(true);
    expect(isSettled(tables, { ...entry, name: 'Cy Ng', reason: 'low confidence' })).toBe(false);
    expect(isSettled(tables, { ...entry, name: 'Nobody', reason: 'low confidence' })).toBe(false);
  });

  it('settles an ambiguous name once it means at most one entity', async () => {
    const both = JSON.stringify([
      { id: 'ana-lopez', name: 'Ana Lopez', aliases: ['Lopez'] },
      { id: 'carlos-lopez', name: 'Carlos Lopez', aliases: ['Lopez'] },
    ]);
    const one = JSON.stringify([
      { id: 'ana-lopez', name: 'Ana Lopez', aliases: ['Lopez'] },
      { id: 'carlos-lopez', name: 'Carlos Lopez' },
    ]);
    const ambiguous = { ...entry, name: 'Lopez', reason: 'ambiguous' as const };
    expect(isSettled((await loadContent('c', memoryFs({ 'c/people.json': both }))).tables, ambiguous)).toBe(false);
    expect(isSettled((await loadContent('c', memoryFs({ 'c/people.json': one }))).tables, ambiguous)).toBe(true);
  });

  it('keeps a body of no known country for review until an editor confirms one under that name', async () => {
    const whose = {
      ...entry,
      kind: 'organisations' as const,
      name: 'Finance Ministry',
      reason: 'country unknown' as const,
    };
    const none = await loadContent('c', memoryFs({}));
    expect(isSettled(none.tables, whose)).toBe(false);
    const confirmed = JSON.stringify([{ id: 'finance-ministry', name: 'Finance Ministry', status: 'confirmed' }]);
    const settled = await loadContent('c', memoryFs({ 'c/organisations.json': confirmed }));
    expect(isSettled(settled.tables, whose)).toBe(true);
  });
});

describe('loadContent with the article index', () => {
  const article = 'date 2025-03-14 Ana Lopez opened the harbour wall on Friday. It took three years.';
  const path = 'content/articles/2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday.mdx';
  const ingested = async () => {
    const fs = memoryFs({ 'in/a.txt': article });
    await runIngest(
      { inputs: ['in/a.txt'], contentDir: 'content', dryRun: false },
      { ...fs, extract: chooseExtractor({ tagger: false }) },
    );
    return fs;
  };
  const counted = (fs: MemoryFs) => {
    const reads: string[] = [];
    const read = fs.readTextIfExists;
    return {
      reads,
      reader: {
        ...fs,
        readTextIfExists: (file: string) => {
          reads.push(file);
          return read(file);
        },
      },
    };
  };

  it('is written by a run and spares the next one reading the articles it holds', async () => {
    const fs = await ingested();
    expect(fs.text(`content/${INDEX_FILE}`)).toBeDefined();
    const { reads, reader } = counted(fs);
    const state = await loadContent('content', reader);
    expect(reads.filter((file) => file.endsWith('.mdx'))).toEqual([]);
    expect([...state.idByHash.values()]).toEqual(['2025/2025-03-14-ana-lopez-opened-the-harbour-wall-on-friday']);
  });

  it('reads an article again once it changed, so an edit is never hidden by the index', async () => {
    const fs = await ingested();
    const before = await loadContent('content', fs);
    expect(before.repaired.people).toEqual([]);
    // An editor names a person the registries lack, and gives the article another hash.
    const edited = (fs.text(path) ?? '')
      .replace(/^hash: .*$/m, 'hash: 00000000000000ff')
      .replace('people:\n', 'people:\n  - rosa-diaz\n');
    fs.files.set(path, new TextEncoder().encode(edited));
    const { reads, reader } = counted(fs);
    const after = await loadContent('content', reader);
    expect(reads).toContain(path);
    expect(after.repaired.people).toEqual(['rosa-diaz']);
    expect([...after.idByHash.keys()]).toEqual(['00000000000000ff']);
  });

  it('is rebuilt from the articles when it is missing or does not parse', async () => {
    const fs = await ingested();
    const expected = await loadContent('content', fs);
    for (const text of [undefined, '{', '{"version":1,"articles":{"x":{"stamp":1}}}', '[]']) {
      if (text === undefined) fs.files.delete(`content/${INDEX_FILE}`);
      else fs.files.set(`content/${INDEX_FILE}`, new TextEncoder().encode(text));
      const state = await loadContent('content', fs);
      expect(state.idByHash).toEqual(expected.idByHash);
      expect(state.index).toEqual(expected.index);
    }
  });
});
