import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexSite } from '../../src/search/pagefind.ts';
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
});
