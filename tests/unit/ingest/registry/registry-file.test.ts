import { describe, expect, it } from 'vitest';
import { parseRegistry, serialiseRegistry } from '../../../../src/ingest/registry/registry-file.ts';

describe('parseRegistry', () => {
  it('fills schema defaults and keeps fields an editor added', () => {
    const [entity] = parseRegistry('[{ "id": "ada-lovelace", "name": "Ada Lovelace", "born": 1815 }]', 'people.json');
    expect(entity).toEqual({
      id: 'ada-lovelace',
      name: 'Ada Lovelace',
      aliases: [],
      roles: [],
      status: 'confirmed',
      born: 1815,
    });
  });

  it('names the file and the reason for broken JSON', () => {
    expect(() => parseRegistry('[{', 'content/people.json')).toThrow(/^content\/people\.json: not valid JSON/);
  });

  it('names the file and entry for an entry the schema refuses', () => {
    expect(() => parseRegistry('[{ "id": "Not A Slug", "name": "X" }]', 'people.json')).toThrow(
      /^people\.json: entry 1: .*id/s,
    );
  });

  it('refuses a registry that is not a list', () => {
    expect(() => parseRegistry('{}', 'people.json')).toThrow('people.json: must be a JSON array of entities');
  });

  it('refuses duplicate ids and names that slug alike, which would break pages', () => {
    expect(() =>
      parseRegistry('[{ "id": "a", "name": "São Paulo" }, { "id": "b", "name": "Sao Paulo" }]', 'organisations.json'),
    ).toThrow(/organisations\.json: names "São Paulo" and "Sao Paulo" both slug to "sao-paulo"/);
    expect(() => parseRegistry('[{ "id": "a", "name": "A" }, { "id": "a", "name": "B" }]', 'x.json')).toThrow(
      /used by more than one/,
    );
  });
});

describe('serialiseRegistry', () => {
  it('sorts by id, orders fields, indents by two spaces and ends with a newline', () => {
    const text = serialiseRegistry([
      { status: 'auto', roles: [], aliases: ['B'], name: 'Bee', id: 'bee' },
      { id: 'ant', name: 'Ant', aliases: [], roles: ['Queen'], status: 'confirmed', description: 'Small.' },
    ]);
    expect(text).toBe(
      '[\n  {\n    "id": "ant",\n    "name": "Ant",\n    "aliases": [],\n    "description": "Small.",\n    "roles": [\n      "Queen"\n    ],\n    "status": "confirmed"\n  },\n' +
        '  {\n    "id": "bee",\n    "name": "Bee",\n    "aliases": [\n      "B"\n    ],\n    "roles": [],\n    "status": "auto"\n  }\n]\n',
    );
  });

  it('reads back to the same entities', () => {
    const entities = parseRegistry('[{ "id": "x-y", "name": "X Y", "extra": true }]', 'x.json');
    expect(parseRegistry(serialiseRegistry(entities), 'x.json')).toEqual(entities);
  });
});
