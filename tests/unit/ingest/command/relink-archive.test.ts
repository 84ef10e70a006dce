import { describe, expect, it, vi } from 'vitest';
import type { ExtractOptions, Extraction, Mention } from '../../../../src/ingest/extractor/extract-entities.ts';
import { withPeople } from '../../../../src/ingest/command/relink-archive.ts';
import { runIngest } from '../../../../src/ingest/command/run.ts';
import type { ReviewEntry } from '../../../../src/ingest/registry/review-file.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { memoryFs, type MemoryFs } from '../../../helpers/memory-fs.ts';
import { comparableIndex, isIndexFile } from '../../../helpers/ingest-index.ts';

/* A stand-in extractor: finds the listed names as words of the text, "Lopez" not inside "Ana Lopez". */
function fakeExtract(names: { people: string[]; organisations?: string[] }) {
  const found = (text: string, list: string[] = []): Mention[] =>
    list
      .filter((name) => new RegExp(`(?<!\\w )\\b${name}\\b(?! \\w*[A-Z])`).test(text))
      .map((name) => ({ name, surfaces: [name], roles: [], confidence: 0.9, cue: true, vote: true }));
  return vi.fn((text: string, _options?: ExtractOptions): Extraction => ({
    people: found(text, names.people),
    organisations: found(text, names.organisations),
    places: [],
  }));
}

const extract = fakeExtract({ people: ['Ana Lopez', 'Lopez'], organisations: ['Lopez Foods'] });
const early = 'date 1987-02-26 Lopez said the harbour wall would open in the spring.';
const later = 'date 1987-03-02 Ana Lopez opened the harbour wall on Monday.';
const earlyId = '1987/1987-02-26-lopez-said-the-harbour-wall-would-open-in-the-spring';
const earlyPath = `content/articles/${earlyId}.mdx`;

const ingest = (fs: MemoryFs, inputs: string[], relink = true) =>
  runIngest({ inputs, contentDir: 'content', dryRun: false, relink }, { ...fs, extract });
const json = <T>(fs: MemoryFs, name: string) => JSON.parse(fs.text(`content/${name}.json`) ?? '[]') as T[];
const write = (fs: MemoryFs, path: string, text: string) => fs.files.set(path, new TextEncoder().encode(text));
const snapshot = (fs: MemoryFs) =>
  Object.fromEntries(
    fs.under('content').map((path) => [path, isIndexFile(path) ? comparableIndex(fs.text(path)) : fs.text(path)]),
  );

/* The archive after a first run: the early article, its bare "Lopez" waiting in review.json. */
async function archive(): Promise<MemoryFs> {
  const fs = memoryFs({ 'in/1.txt': early, 'later/2.txt': later });
  await ingest(fs, ['in'], false);
  return fs;
}

describe('--relink over the archive', () => {
  it('links the bare surname an earlier run left for review, changing only the people list', async () => {
    const fs = await archive();
    const before = fs.text(earlyPath) ?? '';
    expect(json<ReviewEntry>(fs, 'review').map(({ name, articles }) => [name, articles])).toEqual([
      ['Lopez', [earlyId]],
    ]);
    const report = await ingest(fs, ['later']);
    expect(fs.text(earlyPath)).toBe(before.replace('people: []\n', 'people:\n  - ana-lopez\n'));
    expect(report.relinked).toEqual([{ article: earlyId, name: 'Lopez', person: 'ana-lopez' }]);
    expect(json<ReviewEntry>(fs, 'review')).toEqual([]);
    expect(json<EntityRecord>(fs, 'people').find((entity) => entity.id === 'ana-lopez')?.evidence?.articles).toBe(2);
  });

  it('needs no new articles: a run of --relink alone links what earlier runs settled', async () => {
    const fs = await archive();
    await ingest(fs, ['later'], false);
    expect(fs.text(earlyPath)).toContain('people: []\n');
    const report = await ingest(fs, []);
    expect(report.relinked.map(({ person }) => person)).toEqual(['ana-lopez']);
    expect(fs.text(earlyPath)).toContain('people:\n  - ana-lopez\n');
  });

  it('never changes an editor-confirmed person it links to, and never links a rejected one', async () => {
    for (const status of ['confirmed', 'rejected'] as const) {
      const fs = await archive();
      const person: EntityRecord = { id: 'ana-lopez', name: 'Ana Lopez', aliases: [], roles: ['Mayor'], status };
      write(fs, 'content/people.json', `${JSON.stringify([person], null, 2)}\n`);
      const before = fs.text(earlyPath);
      await ingest(fs, ['later']);
      expect(json<EntityRecord>(fs, 'people'), status).toEqual([person]);
      if (status === 'confirmed') expect(fs.text(earlyPath)).toContain('people:\n  - ana-lopez\n');
      else expect(fs.text(earlyPath)).toBe(before);
    }
  });

  it('lets an organisation of the article that uses the word block the link', async () => {
    const fs = memoryFs({
      'in/1.txt': 'date 1987-02-26 Lopez Foods said Lopez would open the plant.',
      'later/2.txt': later,
    });
    await ingest(fs, ['in'], false);
    const id = '1987/1987-02-26-lopez-foods-said-lopez-would-open-the-plant';
    // What the review report holds for such a name when no entity of the word settles it.
    const entry: ReviewEntry = {
      kind: 'people',
      name: 'Lopez',
      reason: 'ambiguous',
      confidence: 0.9,
      candidates: [],
      articles: [id],
    };
    write(fs, 'content/review.json', `${JSON.stringify([entry], null, 2)}\n`);
    const before = fs.text(`content/articles/${id}.mdx`);
    const report = await ingest(fs, ['later']);
    expect(report.relinked).toEqual([]);
    expect(fs.text(`content/articles/${id}.mdx`)).toBe(before);
  });

  it('leaves alone, and names, an article whose front matter an editor wrote by hand', async () => {
    const fs = await archive();
    const edited = (fs.text(earlyPath) ?? '').replace('people: []\n', 'people: [] # checked by the desk\n');
    write(fs, earlyPath, edited);
    const report = await ingest(fs, ['later']);
    expect(fs.text(earlyPath)).toBe(edited);
    expect(report.leftAlone).toEqual([earlyId]);
    expect(json<ReviewEntry>(fs, 'review').map(({ name }) => name)).toEqual(['Lopez']);
  });

  it(
    "writes in the run's one commit: a kill at any step leaves the old article or the new one, and a rerun converges",
    { timeout: 60_000 },
    async () => {
      const whole = await archive();
      const old = whole.text(earlyPath);
      await ingest(whole, ['later']);
      const expected = snapshot(whole);
      for (let steps = 0; ; steps += 1) {
        const fs = await archive();
        fs.crashAfter(steps);
        const first = await ingest(fs, ['later']).then(
          () => 'finished',
          (error: unknown) => (error as Error).message,
        );
        fs.crashAfter(Infinity);
        expect([old, expected[earlyPath]], `after a kill at step ${steps}`).toContain(fs.text(earlyPath));
        await ingest(fs, ['later']);
        expect(snapshot(fs), `rerun after a kill at step ${steps}`).toEqual(expected);
        if (first === 'finished') break;
        expect(first).toMatch(/killed/);
      }
    },
  );
});

describe('withPeople', () => {
  it('adds people to a front matter as ingest writes it, once each, and refuses one written by hand', () => {
    const source = '---\ntitle: A\npeople:\n  - ana-lopez\norganisations: []\n---\n\nText.\n';
    expect(withPeople(source, ['bo-berg', 'ana-lopez', 'bo-berg'])).toBe(
      '---\ntitle: A\npeople:\n  - ana-lopez\n  - bo-berg\norganisations: []\n---\n\nText.\n',
    );
    expect(withPeople(source.replace('title: A', 'title:   A'), ['bo-berg'])).toBeUndefined();
  });
});
