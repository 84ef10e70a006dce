import { describe, expect, it } from 'vitest';
import { gatherEvidence, retypedByVotes } from '../../../../src/ingest/registry/entity-evidence.ts';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { mention } from '../../../helpers/mention.ts';

const auto = (id: string, name: string, people: number, organisations: number): EntityRecord => ({
  id,
  name,
  aliases: [],
  roles: [],
  status: 'auto',
  evidence: { articles: people + organisations, cues: 0, people, organisations },
});
const never = () => false;

describe('gatherEvidence', () => {
  it("counts the article, its cue and its vote, and a vote against the other kind's entity of that name", () => {
    const tables = {
      people: new EntityTable([auto('harbour-works', 'Harbour Works', 1, 0)]),
      organisations: new EntityTable([auto('harbour-works', 'Harbour Works', 0, 0)]),
    };
    gatherEvidence('organisations', 'harbour-works', [mention('Harbour Works', { cue: true, vote: true })], tables);
    expect(tables.organisations.get('harbour-works')?.evidence).toEqual({
      articles: 1,
      cues: 1,
      people: 0,
      organisations: 1,
    });
    expect(tables.people.get('harbour-works')?.evidence).toMatchObject({ people: 1, organisations: 1 });
  });

  it("counts a person's title as a strong cue only before a full name", () => {
    const tables = {
      people: new EntityTable([auto('marta-velde', 'Marta Velde', 0, 0), auto('products', 'Products', 0, 0)]),
      organisations: new EntityTable(),
    };
    const titled = (name: string) => [mention(name, { cue: true, vote: true, roles: ['General'] })];
    gatherEvidence('people', 'marta-velde', titled('Marta Velde'), tables);
    gatherEvidence('people', 'products', titled('Products'), tables);
    expect(tables.people.get('marta-velde')?.evidence).toMatchObject({ articles: 1, cues: 1, people: 1 });
    expect(tables.people.get('products')?.evidence).toMatchObject({ articles: 1, cues: 0, people: 1 });
  });
});

describe('retypedByVotes', () => {
  it('moves a name without a cue to the kind its articles voted for, without its vote', () => {
    const tables = {
      people: new EntityTable([auto('merrill-lynch', 'Merrill Lynch', 1, 5)]),
      organisations: new EntityTable(),
    };
    const found = { people: [mention('Merrill Lynch', { vote: true })], organisations: [], places: [] };
    expect(retypedByVotes(found, tables, never)).toEqual({
      people: [],
      organisations: [mention('Merrill Lynch', { vote: false })],
      places: [],
    });
  });

  it("moves a pair of names that opens a registered company's name, unless the text gave a cue", () => {
    const tables = { people: new EntityTable(), organisations: new EntityTable() };
    const opens = (words: readonly string[]) => words.join(' ') === 'Smith Barney';
    const found = { people: [mention('Smith Barney')], organisations: [], places: [] };
    expect(retypedByVotes(found, tables, opens).organisations.map((each) => each.name)).toEqual(['Smith Barney']);
    const titled = { ...found, people: [mention('Smith Barney', { cue: true, roles: ['Senator'] })] };
    expect(retypedByVotes(titled, tables, opens).people.map((each) => each.name)).toEqual(['Smith Barney']);
  });
});
