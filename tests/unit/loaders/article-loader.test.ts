import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import {
  articleLoader,
  bodyOf,
  fileStamp,
  splitFrontmatter,
  type ArticleFiles,
} from '../../../src/loaders/article-loader.ts';
import { articleSchema } from '../../../src/schema/article.ts';

type DataEntry = Parameters<LoaderContext['store']['set']>[0];

describe('splitFrontmatter', () => {
  it('separates YAML front matter from the body', () => {
    expect(splitFrontmatter('---\ntitle: A\ndate: 2025-12-04\n---\n\nBody text\n', 'a.mdx')).toEqual({
      frontmatter: { title: 'A', date: '2025-12-04' },
      body: '\nBody text\n',
    });
  });
  it('keeps dates as strings, not Date objects', () => {
    expect(splitFrontmatter('---\ndate: 2025-12-04\n---\n', 'a.mdx').frontmatter.date).toBe('2025-12-04');
  });
  it('accepts CRLF line endings', () => {
    expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nBody', 'a.mdx').frontmatter).toEqual({ title: 'A' });
  });
  it('names the file when the front matter is missing, broken or not a mapping', () => {
    expect(() => splitFrontmatter('Just text', 'content/x.mdx')).toThrow(/^content\/x\.mdx: missing front matter/);
    expect(() => splitFrontmatter('---\ntitle: [\n---\n', 'content/y.mdx')).toThrow(
      /^content\/y\.mdx: front matter is not valid YAML/,
    );
    expect(() => splitFrontmatter('---\n- a\n---\n', 'content/z.mdx')).toThrow(
      /^content\/z\.mdx: front matter must be a YAML mapping/,
    );
  });
});

describe('bodyOf', () => {
  it('gives the body splitFrontmatter gives, CRLF included', () => {
    for (const source of [
      '---\ntitle: A\ndate: 2025-12-04\n---\n\nBody text\n',
      '---\r\ntitle: A\r\n---\r\nBody',
      '---\na: 1\n---',
    ]) {
      expect(bodyOf(source, 'a.mdx')).toBe(splitFrontmatter(source, 'a.mdx').body);
    }
  });
  it('does not parse the front matter: a page renders the body of an entry content sync has checked', () => {
    expect(bodyOf('---\ntitle: [\n---\nBody', 'a.mdx')).toBe('Body');
  });
  it('names the file when there is no front matter', () => {
    expect(() => bodyOf('Just text', 'content/x.mdx')).toThrow(/^content\/x\.mdx: missing front matter/);
  });
});

describe('articleLoader', () => {
  /** A content folder with two articles, and no registries (mention linking then links nothing). */
  function archive(): string {
    const root = mkdtempSync(join(tmpdir(), 'dateline-article-loader-'));
    const dir = join(root, 'content', 'articles', '2019');
    mkdirSync(dir, { recursive: true });
    for (const name of ['2019-05-31-singh-0.mdx', '2019-10-15-imf-warns.mdx']) {
      copyFileSync(join(fixtures, name), join(dir, name));
    }
    return root;
  }
  const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'archive', 'articles', '2019');

  /** Astro's part of a loader's context: a store and a meta store kept between syncs, as its data store is. */
  function context(root: string) {
    const entries = new Map<string, DataEntry>();
    const meta = new Map<string, string>();
    const parsed: string[] = [];
    const value = {
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`), base: '/' },
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: DataEntry) => entries.set(entry.id, entry) && true,
        delete: (id: string) => entries.delete(id),
        keys: () => [...entries.keys()],
      },
      meta: {
        get: (key: string) => meta.get(key),
        set: (key: string, text: string) => meta.set(key, text),
        delete: (key: string) => meta.delete(key),
        has: (key: string) => meta.has(key),
      },
      parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
        parsed.push(id);
        return articleSchema.parse(data);
      },
      generateDigest: (data: unknown) => createHash('sha256').update(String(data)).digest('hex'),
      logger: { warn: () => undefined },
    };
    return { value: value as unknown as LoaderContext, entries, meta, parsed };
  }

  function countingFiles(): { files: ArticleFiles; reads: string[] } {
    const reads: string[] = [];
    return {
      reads,
      files: {
        read: (path) => {
          reads.push(basename(path));
          return readFile(path, 'utf8');
        },
        stamp: fileStamp,
      },
    };
  }

  const loader = (files: ArticleFiles) =>
    articleLoader({
      base: 'content/articles',
      registries: { people: 'people.json', organisations: 'organisations.json', events: 'events.json' },
      files,
    });

  it('gives an unchanged file whose links changed its new digest without reading or parsing it again', async () => {
    const root = archive();
    try {
      const registries = join(import.meta.dirname, '..', '..', 'fixtures', 'archive');
      for (const kind of ['people', 'organisations', 'events']) {
        copyFileSync(join(registries, `${kind}.json`), join(root, 'content', `${kind}.json`));
      }
      const linked = articleLoader({
        base: 'content/articles',
        registries: {
          people: 'content/people.json',
          organisations: 'content/organisations.json',
          events: 'content/events.json',
        },
        files: countingFiles().files,
      });
      const { value, entries, parsed } = context(root);
      await linked.load(value);
      const before = new Map(entries);
      parsed.length = 0;
      // A new alias of the person the 2019 article names changes how its text links, not the file.
      const people = join(root, 'content', 'people.json');
      const registry = JSON.parse(readFileSync(people, 'utf8')) as { id: string; aliases: string[] }[];
      for (const person of registry) if (person.id === 'rajnath-singh') person.aliases.push('Home Minister Singh');
      writeFileSync(people, JSON.stringify(registry));
      const { files, reads } = countingFiles();
      await articleLoader({
        base: 'content/articles',
        registries: {
          people: 'content/people.json',
          organisations: 'content/organisations.json',
          events: 'content/events.json',
        },
        files,
      }).load(value);
      expect(reads).toEqual([]);
      expect(parsed).toEqual([]);
      const id = '2019/2019-05-31-singh-0';
      expect(entries.get(id)?.digest).not.toBe(before.get(id)?.digest);
      expect(entries.get(id)?.data).toEqual(before.get(id)?.data);
      expect(entries.get('2019/2019-10-15-imf-warns')).toEqual(before.get('2019/2019-10-15-imf-warns'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('touches the store while it checks the files, so that Astro writes it once, after the sync', async () => {
    const root = archive();
    try {
      const { value } = context(root);
      let touched = 0;
      const { set } = value.meta;
      value.meta.set = (key, text) => {
        if (key === 'syncing') touched += 1;
        return set(key, text);
      };
      const { files } = countingFiles();
      const stamp = files.stamp;
      // Each file takes longer to check than Astro waits after a change before it writes the store.
      files.stamp = (path) => new Promise((done) => setTimeout(() => done(stamp(path)), 600));
      await loader(files).load(value);
      // Every 200 ms over the 1.2 s of the two files, and at the start.
      expect(touched).toBeGreaterThanOrEqual(4);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps no article file in memory through the entry it stores', async () => {
    const root = archive();
    try {
      const file = join(root, 'content', 'articles', '2019', '2019-10-15-imf-warns.mdx');
      // A long plain-text paragraph (no MDX syntax), so the entry keeps no body of its own.
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${'Prices rose. '.repeat(1_500_000)}\n`);
      setFlagsFromString('--expose-gc');
      const gc = runInNewContext('gc') as () => void;
      const { value, entries } = context(root);
      const { files } = countingFiles();
      await loader(files).load(value);
      expect(entries.get('2019/2019-10-15-imf-warns')?.data).toMatchObject({ title: expect.any(String) });
      // What the stored entries hold: the heap with them, less the heap once they are dropped.
      gc();
      const held = process.memoryUsage().heapUsed;
      entries.clear();
      gc();
      const kept = held - process.memoryUsage().heapUsed;
      // The file is 19.5 MB; its entry's values alone are a few hundred bytes.
      expect(kept).toBeLessThan(4_000_000);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('reads again only the files written since the last sync, and keeps the entries it does not read', async () => {
    const root = archive();
    try {
      const { value, entries, parsed } = context(root);
      const { files, reads } = countingFiles();
      await loader(files).load(value);
      expect(reads.sort()).toEqual(['2019-05-31-singh-0.mdx', '2019-10-15-imf-warns.mdx']);
      const first = new Map(entries);

      reads.length = 0;
      parsed.length = 0;
      await loader(files).load(value);
      expect(reads).toEqual([]);
      expect(parsed).toEqual([]);
      expect(entries).toEqual(first);

      // Rewritten with other bytes of the same length: read and parsed again.
      const edited = join(root, 'content', 'articles', '2019', '2019-10-15-imf-warns.mdx');
      const text = readFileSync(edited, 'utf8');
      const changed = text.replace('IMF', 'Imf');
      expect(changed).not.toBe(text);
      expect(changed.length).toBe(text.length);
      writeFileSync(edited, changed);
      await loader(files).load(value);
      expect(reads).toEqual(['2019-10-15-imf-warns.mdx']);
      expect(parsed).toEqual(['2019/2019-10-15-imf-warns']);
      expect(entries.get('2019/2019-10-15-imf-warns')?.digest).not.toBe(first.get('2019/2019-10-15-imf-warns')?.digest);

      // Rewritten with the same bytes: read, recognised, not parsed; then not read again.
      reads.length = 0;
      parsed.length = 0;
      const before = new Map(entries);
      writeFileSync(edited, changed);
      await loader(files).load(value);
      await loader(files).load(value);
      expect(reads).toEqual(['2019-10-15-imf-warns.mdx']);
      expect(parsed).toEqual([]);
      expect(entries).toEqual(before);

      // A file removed leaves the store.
      rmSync(edited);
      await loader(files).load(value);
      expect([...entries.keys()]).toEqual(['2019/2019-05-31-singh-0']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
  it("keeps its record of the files it read in the cache folder, out of Astro's store, and moves an earlier store's", async () => {
    const root = archive();
    try {
      const { value, entries, meta } = context(root);
      const { files, reads } = countingFiles();
      await loader(files).load(value);
      const record = join(root, 'cache', 'dateline-article-files.json');
      const kept = JSON.parse(readFileSync(record, 'utf8')) as { version: number; files: Record<string, string> };
      expect(Object.keys(kept.files).sort()).toEqual(['2019/2019-05-31-singh-0', '2019/2019-10-15-imf-warns']);
      expect([...meta.keys()].filter((key) => key.startsWith('read:'))).toEqual([]);
      const first = new Map(entries);

      // A store of an earlier build kept the record in its meta: moved, and no file is read again.
      rmSync(record);
      for (const [id, read] of Object.entries(kept.files)) meta.set(`read:${id}`, read);
      reads.length = 0;
      await loader(files).load(value);
      expect(reads).toEqual([]);
      expect(entries).toEqual(first);
      expect([...meta.keys()].filter((key) => key.startsWith('read:'))).toEqual([]);
      expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual(kept);

      // A record that cannot be read only costs reading the files again.
      writeFileSync(record, '{"version": 1, "files": ');
      await loader(files).load(value);
      expect(reads.sort()).toEqual(['2019-05-31-singh-0.mdx', '2019-10-15-imf-warns.mdx']);
      expect(entries).toEqual(first);
      expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual(kept);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
