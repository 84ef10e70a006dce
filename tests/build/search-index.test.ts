import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { pagesByMonth, planShards, shardFolder } from '../../src/lib/search-shards.ts';
import { indexShard, indexSite } from '../../src/search/pagefind.ts';
import { fixtureSearchShardSize } from './build-fixture.ts';
import { searchFiles, unindexedFixture } from './search-files.ts';

/*
 * The search step indexes the shards it must build with one Pagefind process, two at a time
 * (Pagefind indexes one on little more than one core). The index must be the one that indexing
 * each shard alone, in a process of its own, writes.
 */

let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dateline-search-index-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The Pagefind processes this process has started and that still run. */
function pagefindProcesses(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
        return parent === process.pid && stat.includes('(pagefind') && state !== 'Z';
      } catch {
        return false; // exited meanwhile
      }
    })
    .map(Number);
}

describe('indexing the shards of a site', () => {
  it('indexes every shard in one Pagefind process, two at a time, writing what one at a time writes', async () => {
    const messages: string[] = [];
    const processes = new Set<number>();
    const log = {
      info: () => undefined,
      debug: (message: string) => {
        messages.push(message);
        for (const pid of pagefindProcesses()) processes.add(pid);
      },
    };
    const together = unindexedFixture(work, 'together');
    const result = await indexSite(together, log, { shardSize: fixtureSearchShardSize, atOnce: 2 });
    expect(result.built).toBeGreaterThan(2);
    expect(processes.size).toBe(1);
    // The second shard was begun before the first was written.
    const begun = messages.findIndex((message) => message.startsWith('pagefind-2: indexing'));
    const firstWritten = messages.findIndex((message) => /^pagefind: \d+ articles/.test(message));
    expect(begun).toBeGreaterThanOrEqual(0);
    expect(firstWritten).toBeGreaterThan(begun);
    // The process is stopped once the index is written, and its memory freed (it is told to
    // stop, and exits soon after).
    await expect.poll(pagefindProcesses, { timeout: 10_000 }).toEqual([]);

    const alone = unindexedFixture(work, 'alone');
    await indexSite(
      alone,
      { info: () => undefined, debug: () => undefined },
      {
        shardSize: fixtureSearchShardSize,
        atOnce: 1,
      },
    );
    expect(searchFiles(together)).toEqual(searchFiles(alone));
    expect(searchFiles(together).size).toBeGreaterThan(result.built * 5);
  });

  it("writes a shard's index from its pages in path order, whatever order the file system lists them in", async () => {
    const quiet = { info: () => undefined, debug: () => undefined };
    const paths = Array.from({ length: 30 }, (_, k) => {
      const day = String(1 + (k % 28)).padStart(2, '0');
      return `articles/2024/2024-03-${day}-report-${String(k).padStart(2, '0')}/index.html`;
    });
    /** A site of the 30 pages, their folders made in the order `step` scrambles them into. */
    const site = (name: string, step: number) => {
      const root = join(work, name);
      for (let k = 0; k < paths.length; k += 1) {
        const path = paths[(k * step) % paths.length]!;
        mkdirSync(join(root, path, '..'), { recursive: true });
        const words = `report ${path.split('/')[2]} minister port quota`;
        writeFileSync(
          join(root, path),
          `<!doctype html><html lang="en"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words}</p></main></body></html>`,
        );
      }
      return root;
    };
    const shard = (pages: string[]) => ({ months: ['2024-03'], pages });
    const first = site('listed-one-way', 7);
    const second = site('listed-another-way', 11);
    await indexShard(first, shard(paths), join(first, 'pagefind'), quiet);
    await indexShard(second, shard([...paths].reverse()), join(second, 'pagefind'), quiet);

    // What Pagefind writes for the same pages given in path order, one after another.
    const expected = join(work, 'in-path-order');
    const { index } = await pagefind.createIndex({});
    for (const path of [...paths].sort())
      await index!.addHTMLFile({ sourcePath: path, content: readFileSync(join(first, path), 'utf8') });
    await index!.writeFiles({ outputPath: join(expected, 'pagefind') });
    await pagefind.close();

    expect(searchFiles(first).size).toBeGreaterThan(5);
    expect(searchFiles(first)).toEqual(searchFiles(expected));
    expect(searchFiles(second)).toEqual(searchFiles(expected));
  });

  it('writes the index that the whole article pages, given in path order, give', async () => {
    const site = unindexedFixture(work, 'parts');
    await indexSite(site, { info: () => undefined, debug: () => undefined }, { shardSize: fixtureSearchShardSize });

    const whole = join(work, 'whole-pages');
    const pages = readdirSync(join(site, 'articles')).flatMap((year) =>
      readdirSync(join(site, 'articles', year)).map((folder) => `articles/${year}/${folder}/index.html`),
    );
    for (const [at, shard] of planShards(pagesByMonth(pages), fixtureSearchShardSize).entries()) {
      const { index } = await pagefind.createIndex({});
      for (const page of [...shard.pages].sort())
        await index!.addHTMLFile({ sourcePath: page, content: readFileSync(join(site, page), 'utf8') });
      await index!.writeFiles({ outputPath: join(whole, shardFolder(at)) });
      await index!.deleteIndex();
    }
    await pagefind.close();
    const written = searchFiles(site);
    // The list of extra shards is the search step's own file, not Pagefind's.
    written.delete(join(shardFolder(0), 'shards.json'));
    expect(written.size).toBeGreaterThan(20);
    expect(written).toEqual(searchFiles(whole));
  });
});
