import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistryFile } from '../../../src/loaders/registry-file.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dateline-registry-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes `text` as a registry file and reads it as a registry of `kind`, named `content/<kind>.json`. */
async function read(text: string, kind: 'people' | 'organisations' | 'events' = 'people') {
  const path = join(dir, `${kind}.json`);
  await writeFile(path, text);
  return readRegistryFile(kind, path, `content/${kind}.json`);
}

describe('readRegistryFile', () => {
  it("reads every entry with its registry's schema: defaults filled in, an event's series kept", async () => {
    expect(await read('[{ "id": "ada-lovelace", "name": "Ada Lovelace" }]')).toEqual([
      { id: 'ada-lovelace', name: 'Ada Lovelace', aliases: [], roles: [], status: 'confirmed' },
    ]);
    const [summit] =
      (await read('[{ "id": "summit-23", "name": "23rd Summit", "series": "summit", "ordinal": 23 }]', 'events')) ?? [];
    expect(summit).toMatchObject({ series: 'summit', ordinal: 23 });
  });

  it('reads a missing file as undefined', async () => {
    expect(await readRegistryFile('people', join(dir, 'absent.json'), 'content/absent.json')).toBeUndefined();
  });

  it('names the file when it is not valid JSON or not a list', async () => {
    await expect(read('[{')).rejects.toThrow(/^content\/people\.json: not valid JSON: /);
    await expect(read('{ "id": "ada-lovelace" }')).rejects.toThrow(
      /^content\/people\.json: must be a JSON list of entries/,
    );
  });

  it('names every entry without an id and every field that breaks the schema, not only the first', async () => {
    const entries = [
      { name: 'No Id' },
      { id: 'ada-lovelace', name: '' },
      { id: 'grace-hopper', name: 'Grace Hopper', aliases: [3], status: 'maybe' },
    ];
    const error = await read(JSON.stringify(entries)).then(
      () => undefined,
      (failure: unknown) => (failure as Error).message.split('\n'),
    );
    expect(error).toEqual([
      'content/people.json: entry 1 has no "id"',
      'content/people.json: entry 2 ("ada-lovelace"): name: must not be empty',
      expect.stringMatching(/^content\/people\.json: entry 3 \("grace-hopper"\): aliases\.0: /),
      expect.stringMatching(/^content\/people\.json: entry 3 \("grace-hopper"\): status: /),
    ]);
  });

  it('names the file when the registry breaks a rule of its own', async () => {
    const twice = [
      { id: 'ada-lovelace', name: 'Ada Lovelace' },
      { id: 'ada-lovelace', name: 'Ada King' },
    ];
    await expect(read(JSON.stringify(twice))).rejects.toThrow(
      'content/people.json: id "ada-lovelace" is used by more than one entry',
    );
  });

  it('writes characters in ids that would act on a terminal as visible escapes', async () => {
    await expect(read(JSON.stringify([{ id: 'ada\u001b[2J', name: 'Ada' }]))).rejects.toThrow(
      'content/people.json: entry 1 ("ada\\x1B[2J"): id: ',
    );
  });
});
