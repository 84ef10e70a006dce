import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDir, fixtureDist, fixtureEnv, fixtureSearchShardSize, repoRoot } from './build-fixture.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file of a built site with its bytes, by path. */
function files(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), readFileSync(path, 'base64')];
      }),
  );
}

describe('a sharded build', () => {
  it('built as 3 shards and merged, is byte for byte the site one build makes', () => {
    const out = join(work, 'dist');
    const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
    const result = spawnSync(
      process.execPath,
      [join(repoRoot, 'src', 'build', 'shards-cli.ts'), 'build', '--shards', '3'],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        env: {
          ...inherited,
          DATELINE_CONTENT: fixtureDir,
          DATELINE_OUT: out,
          ...fixtureEnv,
          DATELINE_SEARCH_SHARD_SIZE: String(fixtureSearchShardSize),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      },
    );
    const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/merged 3 shard\(s\)/);
    // Each shard rendered a share of the pages, not all of them.
    const rendered = [...output.matchAll(/(\d+) page\(s\) built/g)].map((match) => Number(match[1]));
    expect(rendered).toHaveLength(3);
    const single = files(fixtureDist);
    for (const count of rendered) expect(count).toBeLessThan(single.size);
    const merged = files(out);
    expect([...merged.keys()].sort()).toEqual([...single.keys()].sort());
    for (const [path, bytes] of single) expect(merged.get(path), path).toBe(bytes);
  });
});
