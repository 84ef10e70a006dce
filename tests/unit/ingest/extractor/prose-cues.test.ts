import { describe, expect, it } from 'vitest';
import { extractEntities, type Mention } from '../../../../src/ingest/extractor/extract-entities.ts';

const names = (mentions: Mention[]) =>
  mentions.filter((mention) => mention.confidence >= 0.5).map((mention) => mention.name);

describe('extractEntities on the bylines and sign-offs of wire stories', () => {
  it('reads the reporter of a byline run into its dateline, and the place apart', () => {
    const extraction = extractEntities(
      'Harbour talks resume.\n\nMarta Kellison PORT ALDER 2026-08-30 Talks resumed on Friday, officials said.\n\nTomas Brenner VALLEN, Eastland 2026-08-31 The strike ended.',
    );
    expect(names(extraction.people)).toEqual(['Marta Kellison', 'Tomas Brenner']);
    expect(names(extraction.places)).toEqual(expect.arrayContaining(['PORT ALDER', 'VALLEN', 'Eastland']));
  });
});
