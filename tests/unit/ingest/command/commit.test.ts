import { describe, expect, it } from 'vitest';
import { commitWrites, recoverWrites } from '../../../../src/ingest/command/commit.ts';
import { memoryFs } from '../../../helpers/memory-fs.ts';

const writes = [
  { path: 'content/people.json', data: '["new people"]', overwrite: true },
  { path: 'content/events.json', data: '["new events"]', overwrite: true },
  { path: 'content/articles/2025/a.mdx', data: 'article a', overwrite: false },
];
const before = { 'content/people.json': '["old people"]', 'content/events.json': '["old events"]' };
const contents = (fs: ReturnType<typeof memoryFs>) =>
  Object.fromEntries(fs.under('content').map((path) => [path, fs.text(path)]));
const after = {
  'content/people.json': '["new people"]',
  'content/events.json': '["new events"]',
  'content/articles/2025/a.mdx': 'article a',
};

describe('commitWrites', () => {
  it('writes every file and leaves no staging folder', async () => {
    const fs = memoryFs(before);
    expect(await commitWrites('content', writes, fs)).toEqual(new Set());
    expect(contents(fs)).toEqual(after);
  });

  it('leaves every file as it was when one cannot be written, naming that file', async () => {
    const fs = memoryFs(before);
    fs.failWrites((path) => path.endsWith('events.json'));
    await expect(commitWrites('content', writes, fs)).rejects.toThrow(
      'could not write content/events.json: no space left on device; nothing was changed',
    );
    expect(contents(fs)).toEqual(before);
  });

  it('never overwrites an article another hand wrote meanwhile, and names it', async () => {
    const fs = memoryFs({ ...before, 'content/articles/2025/a.mdx': 'by an editor' });
    expect(await commitWrites('content', writes, fs)).toEqual(new Set(['content/articles/2025/a.mdx']));
    expect(fs.text('content/articles/2025/a.mdx')).toBe('by an editor');
    expect(fs.under('content/.ingest-staging')).toEqual([]);
  });
});

describe('recoverWrites', () => {
  it('finishes a batch killed after its commit point, an article linked but not unlinked included', async () => {
    for (let steps = 0; ; steps += 1) {
      const fs = memoryFs(before);
      fs.crashAfter(steps);
      const finished = await commitWrites('content', writes, fs).then(
        () => true,
        () => false,
      );
      fs.crashAfter(Infinity);
      await recoverWrites('content', fs);
      const state = contents(fs);
      // Before the manifest is in place nothing has changed; after it, everything has.
      expect([before, after], `killed at step ${steps}`).toContainEqual(state);
      if (finished) break;
    }
  });

  it('discards a batch that was not committed, and says how many files it removed', async () => {
    const fs = memoryFs({ ...before, 'content/.ingest-staging/files/people.json': '["half"]' });
    expect(await recoverWrites('content', fs)).toEqual({ completed: [], discarded: 1 });
    expect(contents(fs)).toEqual(before);
  });
});
