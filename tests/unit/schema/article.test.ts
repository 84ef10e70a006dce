import { describe, expect, it } from 'vitest';
import { articleSchema, typeMessage } from '../../../src/schema/article.ts';

function messages(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

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
});

describe('articleSchema', () => {
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
});
