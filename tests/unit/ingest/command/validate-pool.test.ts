import { afterAll, describe, expect, it } from 'vitest';
import { toMdx, type Frontmatter } from '../../../../src/ingest/text/to-mdx.ts';
import { validationPool } from '../../../../src/ingest/command/validate-pool.ts';

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

describe('validationPool', () => {
  const pool = validationPool(2, { checkedHere: 0 });
  afterAll(() => pool.close());

  it('passes generated MDX that reads back as its text, in worker threads', async () => {
    await expect(pool.validate(toMdx(frontmatter, paragraphs), frontmatter, paragraphs)).resolves.toBeUndefined();
  });

  it('rejects, with the reason, MDX that would create an element', async () => {
    const raw = toMdx(frontmatter, paragraphs).replace('\\<b>', '<b>');
    await expect(pool.validate(raw, frontmatter, paragraphs)).rejects.toThrow(
      /^generated MDX does not parse: Expected a closing tag for `<b>`/,
    );
  });

  it('answers every one of many requests spread over its workers', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) => {
        const text = [`Paragraph number ${index}.`];
        const source = toMdx(frontmatter, text);
        return pool.validate(
          index % 5 === 0 ? source.replace(`${index}.`, `${index}. {x}`) : source,
          frontmatter,
          text,
        );
      }),
    );
    expect(results.map((result) => result.status)).toEqual(
      Array.from({ length: 20 }, (_, index) => (index % 5 === 0 ? 'rejected' : 'fulfilled')),
    );
  });
});

describe('validationPool in a small run', () => {
  it('checks the first articles on this thread, so a run of one or two starts no worker', async () => {
    const pool = validationPool(2, { checkedHere: 2 });
    try {
      const good = toMdx(frontmatter, paragraphs);
      const bad = good.replace('\\<b>', '<b>');
      await expect(pool.validate(good, frontmatter, paragraphs)).resolves.toBeUndefined();
      // The same reason as from a worker.
      await expect(pool.validate(bad, frontmatter, paragraphs)).rejects.toThrow(
        /^generated MDX does not parse: Expected a closing tag for `<b>`/,
      );
      expect(pool.offThread()).toBe(0);
      await expect(pool.validate(bad, frontmatter, paragraphs)).rejects.toThrow(/^generated MDX does not parse/);
      expect(pool.offThread()).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
