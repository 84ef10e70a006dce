import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonFile } from '../../../src/loaders/json-file.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-json-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readJsonFile', () => {
  it('reads the value of a JSON file', async () => {
    await writeFile(join(dir, 'list.json'), '[{"id": "a"}]');
    expect(await readJsonFile(join(dir, 'list.json'), 'content/list.json')).toEqual([{ id: 'a' }]);
  });
  it('reads a missing file as undefined, for the caller to word', async () => {
    expect(await readJsonFile(join(dir, 'absent.json'), 'content/absent.json')).toBeUndefined();
  });
  it('names the file, as given, when it is not valid JSON', async () => {
    await writeFile(join(dir, 'broken.json'), '[{');
    await expect(readJsonFile(join(dir, 'broken.json'), 'content/broken.json')).rejects.toThrow(
      /^content\/broken\.json: not valid JSON: /,
    );
  });
  it('names the file when it cannot be read', async () => {
    // A folder where the file should be: it exists, but reading it fails.
    await expect(readJsonFile(dir, 'content/people.json')).rejects.toThrow(/^content\/people\.json: cannot be read: /);
  });
});
