import { describe, expect, it } from 'vitest';
import { hasPage, whyNoPage } from '../../../src/lib/trust.ts';

const evidence = (articles: number, cues: number, people: number, organisations: number) => ({
  articles,
  cues,
  people,
  organisations,
});

describe('whyNoPage', () => {
  it('gives a confirmed entity its page whatever the evidence says, and a rejected one none', () => {
    expect(whyNoPage('people', { status: 'confirmed', evidence: evidence(0, 0, 0, 5) })).toBeUndefined();
    expect(whyNoPage('people', { status: 'rejected', evidence: evidence(9, 9, 9, 0) })).toBe('rejected');
  });

  it('gives an auto entity named once with a strong cue of its own its page ("Defence Minister Rajnath Singh")', () => {
    expect(hasPage('people', { status: 'auto', evidence: evidence(1, 1, 1, 0) })).toBe(true);
  });

  it('gives an auto entity named in several articles its page, and one named once without a cue none', () => {
    expect(hasPage('organisations', { status: 'auto', evidence: evidence(3, 0, 3, 0) })).toBe(false);
    expect(hasPage('organisations', { status: 'auto', evidence: evidence(3, 0, 0, 3) })).toBe(true);
    expect(whyNoPage('organisations', { status: 'auto', evidence: evidence(1, 0, 0, 1) })).toBe('weak evidence');
  });

  it('gives no page to an entity whose articles vote for the other kind ("Merrill Lynch" filed as a person)', () => {
    expect(whyNoPage('people', { status: 'auto', evidence: evidence(12, 4, 3, 9) })).toBe('kind disputed');
    expect(whyNoPage('people', { status: 'auto', evidence: evidence(12, 4, 3, 3) })).toBe('kind disputed');
    // Without a title or role of its own, one reading as a company is enough doubt ("Smith Barney").
    expect(whyNoPage('people', { status: 'auto', evidence: evidence(8, 0, 4, 1) })).toBe('kind disputed');
    expect(hasPage('people', { status: 'auto', evidence: evidence(8, 1, 4, 1) })).toBe(true);
  });

  it('gives no page to an auto entity with no recorded evidence, and keeps every event not rejected', () => {
    expect(whyNoPage('people', { status: 'auto' })).toBe('weak evidence');
    expect(hasPage('events', { status: 'auto' })).toBe(true);
    expect(hasPage('events', { status: 'rejected' })).toBe(false);
  });
});
