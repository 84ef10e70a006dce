import { describe, expect, it } from 'vitest';
import { credible, surnameHolder } from '../../../../src/ingest/registry/candidates.ts';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import type { Extraction } from '../../../../src/ingest/extractor/extract-entities.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { mention } from '../../../helpers/mention.ts';

const person = (id: string, name: string, articles: number, cues = articles): EntityRecord => ({
  id,
  name,
  aliases: [],
  roles: [],
  status: 'auto',
  evidence: { articles, cues, people: articles, organisations: 0 },
});
const none: Extraction = { people: [], organisations: [], places: [] };

describe('credible', () => {
  it('sets entities without a page aside when one with a page is among them', () => {
    const table = new EntityTable([person('ana-lopez', 'Ana Lopez', 4), person('bo-lopez', 'Bo Lopez', 1, 0)]);
    expect(credible('people', ['ana-lopez', 'bo-lopez'], table)).toEqual(['ana-lopez']);
  });

  it('keeps them all when none has a page', () => {
    const table = new EntityTable([person('ana-lopez', 'Ana Lopez', 1, 0), person('bo-lopez', 'Bo Lopez', 1, 0)]);
    expect(credible('people', ['ana-lopez', 'bo-lopez'], table)).toEqual(['ana-lopez', 'bo-lopez']);
  });
});

describe('surnameHolder', () => {
  it('gives the one holder named in far more articles than any other', () => {
    const table = new EntityTable([person('ana-lopez', 'Ana Lopez', 9), person('bo-lopez', 'Bo Lopez', 3)]);
    expect(surnameHolder(mention('Lopez'), ['ana-lopez', 'bo-lopez'], none, table)).toEqual(['ana-lopez']);
  });

  it('gives a holder without a page only a surname with a title', () => {
    // "Lopez said the talks had stalled", where Ana Lopez was named once in passing elsewhere.
    const table = new EntityTable([person('ana-lopez', 'Ana Lopez', 1, 0)]);
    expect(surnameHolder(mention('Lopez'), ['ana-lopez'], none, table)).toEqual([]);
    // "Senator Lopez said": the title says who is meant.
    expect(surnameHolder(mention('Lopez', { cue: true }), ['ana-lopez'], none, table)).toEqual(['ana-lopez']);
    const trusted = new EntityTable([person('ana-lopez', 'Ana Lopez', 3, 0)]);
    expect(surnameHolder(mention('Lopez'), ['ana-lopez'], none, trusted)).toEqual(['ana-lopez']);
  });

  it('leaves holders with no clear lead for review', () => {
    const table = new EntityTable([person('ana-lopez', 'Ana Lopez', 5), person('bo-lopez', 'Bo Lopez', 3)]);
    expect(surnameHolder(mention('Lopez'), ['ana-lopez', 'bo-lopez'], none, table)).toEqual(['ana-lopez', 'bo-lopez']);
  });

  it("says organisation when one of the article's organisations uses the word, but not a leader's body", () => {
    const table = new EntityTable([person('ana-lopez', 'Ana Lopez', 9)]);
    const company = { ...none, organisations: [mention('Lopez Foods')] };
    expect(surnameHolder(mention('Lopez'), ['ana-lopez'], company, table)).toBe('organisation');
    const government = { ...none, organisations: [mention('Lopez Government')] };
    expect(surnameHolder(mention('Lopez'), ['ana-lopez'], government, table)).toEqual(['ana-lopez']);
  });
});
