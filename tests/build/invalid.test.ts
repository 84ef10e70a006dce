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
});
