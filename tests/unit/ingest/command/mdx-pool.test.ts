import { afterAll, describe, expect, it } from 'vitest';
import type { Frontmatter } from '../../../../src/ingest/text/frontmatter.ts';
import { toMdx } from '../../../../src/ingest/text/to-mdx.ts';
import { mdxPool, renderHere } from '../../../../src/ingest/command/mdx-pool.ts';

const frontmatter: Frontmatter = {
  title: 'Harbour wall opens',
  date: '2025-03-14',
  people: [],
  organisations: [],
  events: [],
  places: [],
  roles: {},
  source: 'a.txt',
  hash: 'd10729b1248ee5a7',
};
const paragraphs = ['Ana Lopez opened the harbour wall {on Friday}.', '<b>It took</b> three years.'];
// A date the calendar lacks breaks the article schema, so the file must not be written.
const impossible = { ...frontmatter, date: '2025-02-30' };

describe('mdxPool', () => {
  const pool = mdxPool(2, { checkedHere: 0 });
  afterAll(() => pool.close());

  it('writes in worker threads exactly the MDX file toMdx writes, once it reads back as its text', async () => {
    await expect(pool.render(frontmatter, paragraphs)).resolves.toBe(toMdx(frontmatter, paragraphs));
    expect(pool.offThread()).toBe(1);
  });

  it('rejects, with the reason, an article whose file fails its check', async () => {
    await expect(pool.render(impossible, paragraphs)).rejects.toThrow(
      /^front matter breaks the article schema: .*date/s,
    );
  });

  it('answers every one of many requests spread over its workers, each with its own file', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        pool.render(index % 5 === 0 ? impossible : frontmatter, [`Paragraph number ${index}.`]),
      ),
    );
    expect(results.map((result) => (result.status === 'fulfilled' ? result.value : result.status))).toEqual(
      Array.from({ length: 20 }, (_, index) =>
        index % 5 === 0 ? 'rejected' : toMdx(frontmatter, [`Paragraph number ${index}.`]),
      ),
    );
  });
});

describe('mdxPool in a small run', () => {
  it('writes and checks the first articles on this thread, so a run of one or two starts no worker', async () => {
    const pool = mdxPool(2, { checkedHere: 2 });
    try {
      await expect(pool.render(frontmatter, paragraphs)).resolves.toBe(toMdx(frontmatter, paragraphs));
      // The same reason as from a worker.
      await expect(pool.render(impossible, paragraphs)).rejects.toThrow(/^front matter breaks the article schema/);
      expect(pool.offThread()).toBe(0);
      await expect(pool.render(impossible, paragraphs)).rejects.toThrow(/^front matter breaks the article schema/);
      expect(pool.offThread()).toBe(1);
    } finally {
      await pool.close();
    }
  });
});

describe('mdxPool told the size of the run', () => {
  it('writes every article of a run with more inputs than it checks here in the workers, and a small run here', async () => {
    const large = mdxPool(1, { checkedHere: 2 });
    const small = mdxPool(1, { checkedHere: 2 });
    try {
      large.expect(3);
      small.expect(2);
      for (const pool of [large, small]) {
        await expect(pool.render(frontmatter, paragraphs)).resolves.toBe(toMdx(frontmatter, paragraphs));
      }
      expect(large.offThread()).toBe(1);
      expect(small.offThread()).toBe(0);
    } finally {
      await Promise.all([large.close(), small.close()]);
    }
  });
});

describe('renderHere', () => {
  it('writes the file on this thread and rejects with the reason it fails', async () => {
    await expect(renderHere(frontmatter, paragraphs)).resolves.toBe(toMdx(frontmatter, paragraphs));
    await expect(renderHere(impossible, paragraphs)).rejects.toThrow(/^front matter breaks the article schema/);
  });
});
