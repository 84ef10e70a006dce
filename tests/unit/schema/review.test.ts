import { describe, expect, it } from 'vitest';
import { reviewEntrySchema, reviewReasonSchema } from '../../../src/schema/review.ts';
import { fixtureJson, schemaIssues } from '../../helpers/fixture-content.ts';

const entry = { kind: 'people', name: 'Singh', reason: 'ambiguous', confidence: 0.8 };

describe('reviewReasonSchema', () => {
  it('takes the reasons ingest gives, and nothing else', () => {
    for (const reason of reviewReasonSchema.options) expect(reviewReasonSchema.safeParse(reason).success).toBe(true);
    expect(reviewReasonSchema.safeParse('unsure').success).toBe(false);
  });
});

describe('reviewEntrySchema', () => {
  it('accepts every entry of the fixture archive review', () => {
    const entries = fixtureJson('review.json');
    expect(entries.length).toBeGreaterThan(0);
    for (const review of entries) expect(schemaIssues(reviewEntrySchema, review), String(review.name)).toEqual([]);
  });

  it('lists no candidates and no articles when the entry names none', () => {
    expect(reviewEntrySchema.parse(entry)).toEqual({ ...entry, candidates: [], articles: [] });
  });

  it('names each field that is missing, unknown, out of range or of the wrong kind', () => {
    const fields = (data: unknown) => schemaIssues(reviewEntrySchema, data).map((issue) => issue.split(': ')[0]);
    expect(fields({})).toEqual(['kind', 'name', 'reason', 'confidence']);
    expect(fields({ ...entry, kind: 'places', name: '', reason: 'unsure' })).toEqual(['kind', 'name', 'reason']);
    expect(fields({ ...entry, confidence: 1.5 })).toEqual(['confidence']);
    expect(fields({ ...entry, confidence: -0.1 })).toEqual(['confidence']);
    expect(fields({ ...entry, candidates: [1], articles: 'a' })).toEqual(['candidates.0', 'articles']);
  });
});
