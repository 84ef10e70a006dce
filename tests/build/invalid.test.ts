import { describe, expect, it } from 'vitest';
import { buildArchive } from './build-fixture.ts';

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
