import { describe, expect, it } from 'vitest';
import { articleSchema, calendarDateSchema, typeMessage } from '../../../src/schema/article.ts';
import { fixtureFrontMatter, schemaIssues } from '../../helpers/fixture-content.ts';

const messages = (data: unknown) => schemaIssues(articleSchema, data);

/** A whole, valid front matter: every field filled in. */
const seed = {
  title: 'The 22nd India-Russia Inter-Governmental Commission on Military & Military Technical Cooperation',
  date: '2025-12-04',
  story: "Putin's India Visit",
  summary: 'The 22nd India-Russia Inter-Governmental Commission was held in New Delhi today.',
  people: ['vladimir-putin', 'rajnath-singh'],
  organisations: ['eurasian-economic-union'],
  events: ['23rd-india-russia-annual-summit'],
  places: ['New Delhi'],
  roles: { 'rajnath-singh': 'Defence Minister' },
  source: '000_d10729b1248ee5a7.txt',
  hash: '4e71d62d62ce7a39',
};

describe('typeMessage', () => {
  it('says "is required" only for a missing or empty value and names the wrong type otherwise', () => {
    const message = typeMessage('text');
    expect(message({ code: 'invalid_type', input: undefined })).toBe('is required');
    expect(message({ code: 'invalid_type', input: null })).toBe('is required');
    expect(message({ code: 'invalid_type', input: 123 })).toBe('must be text, not a number (123)');
    expect(message({ code: 'invalid_type', input: ['a'] })).toBe('must be text, not a list');
    expect(message({ code: 'invalid_type', input: false })).toBe(
      'must be text, not false (quote it to keep it as text)',
    );
    expect(message({ code: 'too_small', input: '' })).toBeUndefined();
  });

  it('tells an unquoted YAML date and a mapping apart from text', () => {
    const message = typeMessage('text');
    expect(message({ code: 'invalid_type', input: new Date('2025-12-04T00:00:00Z') })).toBe(
      'must be text, not a date (2025-12-04; quote it to keep it as text)',
    );
    expect(message({ code: 'invalid_type', input: { a: 1 } })).toBe('must be text, not a mapping of fields');
  });
});

describe('calendarDateSchema', () => {
  it('accepts a real calendar date, leap days included', () => {
    expect(calendarDateSchema.safeParse('2024-02-29').success).toBe(true);
  });

  it('rejects a date not written YYYY-MM-DD and a day the calendar does not have', () => {
    expect(schemaIssues(calendarDateSchema, '2025-2-3')).toEqual([': must be a date written YYYY-MM-DD']);
    expect(schemaIssues(calendarDateSchema, 20250203)).toEqual([': must be a date written YYYY-MM-DD']);
    expect(schemaIssues(calendarDateSchema, '2025-02-29')).toEqual([': is not a real calendar date']);
  });
});

describe('articleSchema', () => {
  it('accepts every article of the fixture archive and a front matter with every field', () => {
    const articles = fixtureFrontMatter();
    expect(articles.size).toBeGreaterThan(0);
    for (const [file, frontMatter] of articles) expect(messages(frontMatter), file).toEqual([]);
    expect(messages(seed)).toEqual([]);
  });

  it('fills the lists and roles of an article that names no one', () => {
    expect(articleSchema.parse({ title: 'A', date: '2025-01-01' })).toEqual({
      title: 'A',
      date: '2025-01-01',
      people: [],
      organisations: [],
      events: [],
      places: [],
      roles: {},
    });
  });

  it('says the type is wrong for a title written as a number, not that it is missing', () => {
    expect(messages({ title: 123, date: '2025-01-01' })).toEqual(['title: must be text, not a number (123)']);
    expect(messages({ date: '2025-01-01' })).toEqual(['title: is required']);
  });

  it('names each field of the wrong type', () => {
    expect(
      messages({ title: 'A', date: '2025-01-01', people: 'ada', roles: { ada: 3, 'Not An Id': 'Mayor' }, story: true }),
    ).toEqual([
      'people: must be a list of ids, not text',
      'story: must be text, not true (quote it to keep it as text)',
      'roles.ada: must be text, not a number (3)',
      'roles.Not An Id: is not an id: ids are lower-case letters, digits and single hyphens',
    ]);
  });

  it('names each field that is empty, malformed or not a real value', () => {
    expect(messages({ ...seed, title: '  ', date: '2025-02-30' })).toEqual([
      'title: must not be empty',
      'date: is not a real calendar date',
    ]);
    expect(
      messages({
        ...seed,
        organisations: { a: 1 },
        events: ['Bad Id'],
        places: [''],
        summary: '',
        source: 3,
        hash: 'XYZ',
      }),
    ).toEqual([
      'organisations: must be a list of ids, not a mapping of fields',
      'events.0: must be a slug: lower-case letters, digits and single hyphens',
      expect.stringMatching(/^places\.0: /),
      expect.stringMatching(/^summary: /),
      'source: must be text, not a number (3)',
      expect.stringMatching(/^hash: /),
    ]);
    expect(messages({ ...seed, roles: { 'rajnath-singh': ' ' } })).toEqual([
      expect.stringMatching(/^roles\.rajnath-singh: /),
    ]);
  });
});
