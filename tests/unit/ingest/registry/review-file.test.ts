import { describe, expect, it } from 'vitest';
import {
  mergeReview,
  parseReview,
  serialiseReview,
  type ReviewEntry,
  type ReviewNote,
} from '../../../../src/ingest/registry/review-file.ts';

const note = (name: string, overrides: Partial<ReviewNote> = {}): ReviewNote => ({
  kind: 'people',
  name,
  reason: 'low confidence',
  confidence: 0.3,
  candidates: [],
  ...overrides,
});
const never = () => false;

describe('parseReview', () => {
  it('reads a report and fills defaults', () => {
    expect(
      parseReview('[{"kind":"people","name":"Lopez","reason":"ambiguous","confidence":0.8}]', 'review.json'),
    ).toEqual([{ kind: 'people', name: 'Lopez', reason: 'ambiguous', confidence: 0.8, candidates: [], articles: [] }]);
  });

  it('names the file when the report is broken', () => {
    expect(() => parseReview('[', 'content/review.json')).toThrow(/^content\/review\.json: not valid JSON/);
    expect(() => parseReview('[{"kind":"places"}]', 'content/review.json')).toThrow(/^content\/review\.json: /);
  });
});

describe('mergeReview', () => {
  it('keeps one entry per kind, name and reason, with every article and the highest confidence', () => {
    const merged = mergeReview(
      [{ ...note('Lopez', { confidence: 0.2 }), articles: ['2025/b'] }],
      [
        { note: note('lopez', { confidence: 0.4 }), article: '2025/a' },
        { note: note('Lopez', { reason: 'ambiguous', candidates: ['carlos-lopez', 'ana-lopez'] }), article: '2025/a' },
      ],
      never,
    );
    expect(merged).toEqual([
      { ...note('Lopez', { reason: 'ambiguous', candidates: ['ana-lopez', 'carlos-lopez'] }), articles: ['2025/a'] },
      { ...note('Lopez', { confidence: 0.4 }), articles: ['2025/a', '2025/b'] },
    ]);
  });

  it('drops entries an editor has settled', () => {
    const merged = mergeReview(
      [],
      [
        { note: note('Lopez'), article: 'a' },
        { note: note('Smith'), article: 'a' },
      ],
      (entry) => entry.name === 'Lopez',
    );
    expect(merged.map((entry) => entry.name)).toEqual(['Smith']);
  });

  it('sorts by kind, then name, then reason, whatever the input order', () => {
    const notes = [note('Zed'), note('alpha'), note('Beta', { kind: 'organisations' })].map((n) => ({
      note: n,
      article: 'a',
    }));
    const names = (entries: ReviewEntry[]) => entries.map((entry) => `${entry.kind}:${entry.name}`);
    expect(names(mergeReview([], notes, never))).toEqual(['organisations:Beta', 'people:alpha', 'people:Zed']);
    expect(names(mergeReview([], [...notes].reverse(), never))).toEqual(names(mergeReview([], notes, never)));
  });
});

describe('serialiseReview', () => {
  it('writes 2-space JSON with a final newline that reads back the same', () => {
    const entries = mergeReview([], [{ note: note('Lopez'), article: 'a' }], never);
    const text = serialiseReview(entries);
    expect(text.endsWith('}\n]\n')).toBe(true);
    expect(parseReview(text, 'review.json')).toEqual(entries);
  });
});
