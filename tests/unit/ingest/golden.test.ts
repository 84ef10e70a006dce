import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseExtractor } from '../../../src/ingest/command/main.ts';
import { runIngest } from '../../../src/ingest/command/run.ts';
import { memoryFs } from '../../helpers/memory-fs.ts';
import { isIndexFile } from '../../helpers/ingest-index.ts';

/*
 * The whole ingest as the command runs it by default (the rules, no tagger), over the good raw fixtures: every file it writes must
 * equal the reviewed copy under fixtures/ingest/expected. After a deliberate change, regenerate them
 * with UPDATE_GOLDEN=1 and review the diff like any other content change.
 */
const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'ingest');
const good = readdirSync(join(fixtures, 'raw'))
  .filter((name) => name.endsWith('.txt') && !name.startsWith('bad-'))
  .sort();

describe('ingest of the raw fixtures', () => {
  it('writes exactly the reviewed articles and registries', async () => {
    const fs = memoryFs(
      Object.fromEntries(good.map((name) => [`in/${name}`, readFileSync(join(fixtures, 'raw', name))])),
    );
    const report = await runIngest(
      { inputs: good.map((name) => `in/${name}`), contentDir: 'content', dryRun: false },
      { ...fs, extract: chooseExtractor({ tagger: false }) },
    );
    expect(report.counts).toEqual({ imported: good.length, skipped: 0, failed: 0 });
    // The article index is a cache of what the articles say, not content to review.
    const written = fs.under('content').filter((path) => !isIndexFile(path));
    if (process.env.UPDATE_GOLDEN === '1') {
      for (const path of written) {
        const target = join(fixtures, 'expected', path.slice('content/'.length));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, fs.text(path) ?? '');
      }
    }
    const expected = listFiles(join(fixtures, 'expected')).map((path) => `content/${path}`);
    expect(written).toEqual(expected);
    for (const path of written) {
      expect(fs.text(path), path).toBe(readFileSync(join(fixtures, 'expected', path.slice('content/'.length)), 'utf8'));
    }
  });
});

function listFiles(root: string, prefix = ''): string[] {
  return readdirSync(join(root, prefix), { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(root, join(prefix, entry.name))
        : [join(prefix, entry.name).replaceAll('\\', '/')],
    )
    .sort();
}
