import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, fixtureDir, repoRoot } from './build-fixture.ts';

describe('invalid content fails the build, naming the file and the field', () => {
  it.each([
    [
      'invalid-date',
      /invalid-date\/articles\/2025\/2025-01-01-broken\.mdx[\s\S]*date: is not a real calendar date|date: is not a real calendar date[\s\S]*invalid-date\/articles\/2025\/2025-01-01-broken\.mdx/,
    ],
    [
      'invalid-title',
      /title: [\s\S]*invalid-title\/articles\/2025\/2025-01-01-broken\.mdx|invalid-title\/articles\/2025\/2025-01-01-broken\.mdx[\s\S]*title: /,
    ],
    [
      'invalid-entity',
      /invalid-entity\/articles\/2025\/2025-01-01-broken\.mdx: people: "charles-babbage" is not in tests\/fixtures\/invalid-entity\/people\.json/,
    ],
    [
      'invalid-slug-collision',
      /invalid-slug-collision\/organisations\.json: names "São Paulo FC" and "Sao Paulo FC" both slug to "sao-paulo-fc"/,
    ],
    ['invalid-duplicate-id', /invalid-duplicate-id\/people\.json: id "ada-lovelace" is used by more than one entry/],
  ])('%s', (name, message) => {
    const result = buildArchive(`tests/fixtures/${name}`, `tests/.tmp/${name}-dist`);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(message);
  });

  it('names every invalid article and each bad field, not only the first, and says when a type is wrong', () => {
    const result = buildArchive('tests/fixtures/invalid-many', 'tests/.tmp/invalid-many-dist');
    expect(result.status).not.toBe(0);
    const articles = 'tests/fixtures/invalid-many/articles/2025';
    expect(result.output).toContain(`${articles}/2025-01-01-numbered.mdx: title: must be text, not a number (123)`);
    expect(result.output).toContain(`${articles}/2025-01-02-impossible.mdx: date: is not a real calendar date`);
    expect(result.output).toContain(`${articles}/2025-01-03-not-a-list.mdx: people: must be a list of ids, not text`);
    expect(result.output).not.toContain('is required');
    expect(result.output).not.toContain('2025-01-04-good');
  });

  it('names every unknown entity id, including a role keyed by an id in no registry', () => {
    const result = buildArchive('tests/fixtures/invalid-entity', 'tests/.tmp/invalid-entity-dist');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'invalid-entity/articles/2025/2025-01-02-unknown-role.mdx: roles: "grace-hopper" is not in tests/fixtures/invalid-entity/people.json',
    );
    expect(result.output).toContain('2025-01-01-broken.mdx: people: "charles-babbage"');
  });
});

/*
 * A registry that breaks after a good build must fail the next build too: the content cache
 * still holds the entries the good build read, and must not stand in for the file.
 */
describe('a registry broken after a good build fails the next one, naming the file', () => {
  const content = 'tests/.tmp/invalid-cached/content';
  const out = 'tests/.tmp/invalid-cached/dist';
  const people = join(repoRoot, content, 'people.json');
  let goodPeople: string;

  beforeAll(() => {
    rmSync(join(repoRoot, 'tests/.tmp/invalid-cached'), { recursive: true, force: true });
    cpSync(join(repoRoot, fixtureDir), join(repoRoot, content), { recursive: true });
    const first = buildArchive(content, out);
    if (first.status !== 0) throw new Error(`the good build failed:\n${first.output}`);
    goodPeople = readFileSync(people, 'utf8');
  });

  it('when the registry file was deleted', () => {
    rmSync(people);
    const result = buildArchive(content, out);
    writeFileSync(people, goodPeople);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${content}/people.json: the registry file is missing`);
  });

  it('when two entries of the registry share an id', () => {
    const entries = JSON.parse(goodPeople) as { id: string; name: string }[];
    const [first] = entries;
    if (!first) throw new Error('the fixture has no people');
    writeFileSync(people, JSON.stringify([...entries, { ...first, name: `${first.name} the Second` }], null, 2));
    const result = buildArchive(content, out);
    writeFileSync(people, goodPeople);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${content}/people.json: id "${first.id}" is used by more than one entry`);
  });

  it('when an entry breaks the schema, naming the entry and the field', () => {
    const entries = JSON.parse(goodPeople) as { id: string; name: string }[];
    const [first] = entries;
    if (!first) throw new Error('the fixture has no people');
    writeFileSync(people, JSON.stringify([{ ...first, name: ' ' }, ...entries.slice(1)], null, 2));
    const result = buildArchive(content, out);
    writeFileSync(people, goodPeople);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${content}/people.json: entry 1 ("${first.id}"): name: must not be empty`);
  });

  it('when the registry is not valid JSON', () => {
    writeFileSync(people, goodPeople.slice(0, -10));
    const result = buildArchive(content, out);
    writeFileSync(people, goodPeople);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${content}/people.json: not valid JSON`);
  });
});
