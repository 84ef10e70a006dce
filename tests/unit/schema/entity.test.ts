import { describe, expect, it } from 'vitest';
import {
  entityIdSchema,
  entitySchema,
  entityStatusSchema,
  eventSchema,
  evidenceSchema,
} from '../../../src/schema/entity.ts';
import { fixtureJson, schemaIssues } from '../../helpers/fixture-content.ts';

const person = { id: 'rajnath-singh', name: 'Rajnath Singh', aliases: ['Singh'], roles: ['Defence Minister'] };

/** Each issue's field, for the defaults of zod whose wording is not ours to pin. */
const fields = (schema: Parameters<typeof schemaIssues>[0], data: unknown) =>
  schemaIssues(schema, data).map((issue) => issue.slice(0, issue.indexOf(': ')));

describe('entityIdSchema', () => {
  it('accepts lower-case words and digits joined by single hyphens', () => {
    for (const id of ['rajnath-singh', '23rd-india-russia-annual-summit', 'g20']) {
      expect(entityIdSchema.safeParse(id).success, id).toBe(true);
    }
  });

  it('rejects capitals, spaces, doubled, leading or trailing hyphens and non-ASCII letters', () => {
    for (const id of ['Rajnath-Singh', 'rajnath singh', 'rajnath--singh', '-singh', 'singh-', 'café', '']) {
      expect(schemaIssues(entityIdSchema, id), id).toEqual([
        ': must be a slug: lower-case letters, digits and single hyphens',
      ]);
    }
  });
});

describe('entityStatusSchema', () => {
  it('knows confirmed, auto and rejected, and nothing else', () => {
    expect(entityStatusSchema.options).toEqual(['confirmed', 'auto', 'rejected']);
    expect(entityStatusSchema.safeParse('maybe').success).toBe(false);
  });
});

describe('evidenceSchema', () => {
  it('counts from zero, so a partial record reads as no evidence for what it leaves out', () => {
    expect(evidenceSchema.parse({ articles: 3 })).toEqual({ articles: 3, cues: 0, people: 0, organisations: 0 });
  });

  it('names each count that is negative, fractional or not a number', () => {
    expect(fields(evidenceSchema, { articles: -1, cues: 1.5, people: 'x', organisations: 2 })).toEqual([
      'articles',
      'cues',
      'people',
    ]);
  });
});

describe('entitySchema', () => {
  it('accepts every person and organisation of the fixture archive', () => {
    const entries = [...fixtureJson('people.json'), ...fixtureJson('organisations.json')];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(schemaIssues(entitySchema, entry), String(entry.id)).toEqual([]);
  });

  it('takes a hand-written entry as confirmed, with no aliases or roles', () => {
    expect(entitySchema.parse({ id: 'ada-lovelace', name: 'Ada Lovelace' })).toEqual({
      id: 'ada-lovelace',
      name: 'Ada Lovelace',
      aliases: [],
      roles: [],
      status: 'confirmed',
    });
  });

  it('says an id that is not a slug and a name that is empty in its own words', () => {
    expect(schemaIssues(entitySchema, { ...person, id: 'Rajnath Singh', name: '  ' })).toEqual([
      'id: must be a slug: lower-case letters, digits and single hyphens',
      'name: must not be empty',
    ]);
  });

  it('names each field that is missing or of the wrong kind', () => {
    expect(fields(entitySchema, {})).toEqual(['id', 'name']);
    expect(fields(entitySchema, { ...person, id: 3, name: 3 })).toEqual(['id', 'name']);
    expect(fields(entitySchema, { ...person, aliases: 'Singh', roles: [3], description: 4 })).toEqual([
      'aliases',
      'description',
      'roles.0',
    ]);
    expect(fields(entitySchema, { ...person, aliases: [''], status: 'maybe' })).toEqual(['aliases.0', 'status']);
    expect(fields(entitySchema, { ...person, evidence: { articles: -1 } })).toEqual(['evidence.articles']);
  });
});

describe('eventSchema', () => {
  it('accepts every event of the fixture archive, numbered ones in their series', () => {
    const events = fixtureJson('events.json');
    expect(events.some((event) => event.ordinal !== undefined)).toBe(true);
    for (const event of events) expect(schemaIssues(eventSchema, event), String(event.id)).toEqual([]);
  });

  it('names a series that is not an id and an ordinal that is not a positive whole number', () => {
    const summit = { id: '23rd-india-russia-annual-summit', name: '23rd India-Russia Annual Summit' };
    expect(schemaIssues(eventSchema, { ...summit, series: 'India Russia' })).toEqual([
      'series: must be a slug: lower-case letters, digits and single hyphens',
    ]);
    for (const ordinal of [0, -2, 2.5, '23']) {
      expect(fields(eventSchema, { ...summit, ordinal }), String(ordinal)).toEqual(['ordinal']);
    }
  });
});
