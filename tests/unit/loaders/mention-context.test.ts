import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articleMentions, readMentionContext } from '../../../src/loaders/mention-context.ts';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function registries(people: unknown[], organisations: unknown[] = [], events: unknown[] = []) {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-mentions-'));
  made.push(dir);
  const files = {
    people: join(dir, 'people.json'),
    organisations: join(dir, 'organisations.json'),
    events: join(dir, 'events.json'),
  };
  await writeFile(files.people, JSON.stringify(people));
  await writeFile(files.organisations, JSON.stringify(organisations));
  await writeFile(files.events, JSON.stringify(events));
  return files;
}

const rajnath = { id: 'rajnath-singh', name: 'Rajnath Singh', aliases: ['Singh'] };
const article = { people: ['rajnath-singh'], organisations: [], events: [] };

describe('readMentionContext', () => {
  it('marks names shared by two entities as ambiguous, rejected ones included', async () => {
    const context = await readMentionContext(
      await registries([
        rajnath,
        { id: 'manmohan-singh', name: 'Manmohan Singh', aliases: ['Singh'], status: 'rejected' },
      ]),
    );
    expect(context.ambiguous).toEqual(new Set(['Singh']));
    expect(context.names.has('people:manmohan-singh')).toBe(false);
  });
  it('treats a missing registry as empty and names a broken one', async () => {
    const files = await registries([rajnath]);
    expect((await readMentionContext({ ...files, events: join(files.people, '..', 'absent.json') })).names.size).toBe(
      1,
    );
    await writeFile(files.organisations, '[{');
    await expect(readMentionContext(files)).rejects.toThrow(/organisations\.json: not valid JSON/);
  });
  it('reads the registries with their schema and rules, refusing what the registry collections refuse', async () => {
    const blankName = await registries([rajnath, { id: 'ada-lovelace', name: ' ' }]);
    await expect(readMentionContext(blankName)).rejects.toThrow(
      /people\.json: entry 2 \("ada-lovelace"\): name: must not be empty/,
    );
    const notAList = await registries([rajnath]);
    await writeFile(notAList.events, '{}');
    await expect(readMentionContext(notAList)).rejects.toThrow(/events\.json: must be a JSON list of entries/);
    const sharedId = await registries([rajnath, { ...rajnath, name: 'Rajnath Singh Jr' }]);
    await expect(readMentionContext(sharedId)).rejects.toThrow(
      /people\.json: id "rajnath-singh" is used by more than one entry/,
    );
  });
});

describe('articleMentions', () => {
  it('keeps its cache key when an unrelated entity is added', async () => {
    const before = articleMentions(await readMentionContext(await registries([rajnath])), article);
    const after = articleMentions(
      await readMentionContext(await registries([rajnath, { id: 'ada-lovelace', name: 'Ada Lovelace', aliases: [] }])),
      article,
    );
    expect(after.key).toBe(before.key);
  });
  it('changes its cache key when one of its names becomes ambiguous', async () => {
    const before = articleMentions(await readMentionContext(await registries([rajnath])), article);
    const after = articleMentions(
      await readMentionContext(
        await registries([rajnath, { id: 'manmohan-singh', name: 'Manmohan Singh', aliases: ['Singh'] }]),
      ),
      article,
    );
    expect(after.key).not.toBe(before.key);
  });
  it('has no matcher for an article without entities', async () => {
    const context = await readMentionContext(await registries([rajnath]));
    expect(articleMentions(context, { people: [], organisations: [], events: [] }).matcher()).toBeUndefined();
  });
});
