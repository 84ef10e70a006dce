import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import { variantOf } from '../../../../src/ingest/registry/entity-variants.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { mention } from '../../../helpers/mention.ts';

const auto = (id: string, name: string): EntityRecord => ({ id, name, aliases: [], roles: [], status: 'auto' });

describe('variantOf', () => {
  it('finds the one organisation an acronym abbreviates', () => {
    const table = new EntityTable([auto('central-intelligence-agency', 'Central Intelligence Agency')]);
    expect(variantOf('organisations', mention('CIA'), table)).toBe('central-intelligence-agency');
    expect(variantOf('organisations', mention('FBI'), table)).toBeUndefined();
  });

  it('gives an organisation known by its acronym the full name the text now uses with it', () => {
    const table = new EntityTable([auto('ico', 'ICO'), auto('ibc', 'IBC')]);
    const full = mention('International Coffee Organization', {
      surfaces: ['International Coffee Organization', 'ICO'],
    });
    expect(variantOf('organisations', full, table)).toBe('ico');
    expect(table.get('ico')?.name).toBe('International Coffee Organization');
    // Not on the initials alone: "IBC" of coffee stories is no Interstate Bakeries Corp.
    expect(variantOf('organisations', mention('Interstate Bakeries Corp'), table)).toBeUndefined();
    expect(table.get('ibc')?.name).toBe('IBC');
  });

  it("gives a body known by its initials, and read as one of its own, the full public body's name any article spells out", () => {
    const evidence = { articles: 2, cues: 1, people: 0, organisations: 2 };
    const table = new EntityTable([
      { ...auto('fbi', 'FBI'), evidence },
      { ...auto('abc', 'ABC'), evidence },
      auto('bxy', 'BXY'),
    ]);
    // "Federal Bureau of Investigation agents searched the offices" writes no "FBI" beside it.
    expect(variantOf('organisations', mention('Federal Bureau of Investigation'), table)).toBe('fbi');
    expect(table.get('fbi')?.name).toBe('Federal Bureau of Investigation');
    // A company's initials are its ticker or a coincidence: the article must write them.
    expect(variantOf('organisations', mention('Acme Builders Corp'), table)).toBeUndefined();
    expect(variantOf('organisations', mention('Atlantic Business Computers'), table)).toBeUndefined();
    expect(table.get('abc')?.name).toBe('ABC');
    // Initials no article has read as an organisation of their own (no page) take no full name.
    expect(variantOf('organisations', mention('Bureau of Xenon Yields'), table)).toBeUndefined();
  });

  it('gives two letters no article read as an organisation of their own no full name, even where the article writes them', () => {
    // "PC" of one story on personal computers; "Purolator Courier Corp" of another, which also writes "the PC courier subsidiary".
    const evidence = { articles: 1, cues: 0, people: 0, organisations: 1 };
    const table = new EntityTable([{ ...auto('pc', 'PC'), evidence }]);
    const full = mention('Purolator Courier Corp', { surfaces: ['Purolator Courier Corp', 'Purolator', 'PC'] });
    expect(variantOf('organisations', full, table)).toBeUndefined();
    expect(table.get('pc')?.name).toBe('PC');
  });

  it('finds the one person a familiar given name or a slip in a long surname varies', () => {
    const table = new EntityTable([
      auto('james-wright', 'James Wright'),
      auto('yasuhiro-nakasone', 'Yasuhiro Nakasone'),
    ]);
    expect(variantOf('people', mention('Jim Wright'), table)).toBe('james-wright');
    expect(variantOf('people', mention('Yasuhiro Nakasome'), table)).toBe('yasuhiro-nakasone');
    expect(variantOf('people', mention('Jim Baker'), table)).toBeUndefined();
  });

  it('finds the one holder of a long surname whose given name a slip varies, unless both are given names', () => {
    const table = new EntityTable([
      auto('arlan-vestergaard', 'Arlan Vestergaard'),
      auto('karl-lindqvist', 'Karl Lindqvist'),
    ]);
    expect(variantOf('people', mention('Arland Vestergaard'), table)).toBe('arlan-vestergaard');
    // "Carl" and "Karl" are both given names: perhaps two people, not guessed.
    expect(variantOf('people', mention('Carl Lindqvist'), table)).toBeUndefined();
    // Two holders of the surname: no one to choose.
    table.add(auto('anna-vestergaard', 'Anna Vestergaard'));
    expect(variantOf('people', mention('Arlen Vestergaard'), table)).toBeUndefined();
  });

  it('finds the one person a name varies by middle initials, in either direction, but never two initialled forms', () => {
    const table = new EntityTable([
      auto('mario-cuomo', 'Mario Cuomo'),
      auto('john-w-johnstone-jr', 'John W. Johnstone Jr'),
      auto('george-h-w-bush', 'George H. W. Bush'),
    ]);
    expect(variantOf('people', mention('Mario M. Cuomo'), table)).toBe('mario-cuomo');
    expect(variantOf('people', mention('John Johnstone Jr'), table)).toBe('john-w-johnstone-jr');
    expect(variantOf('people', mention('George W. Bush'), table)).toBeUndefined();
    expect(variantOf('people', mention('Maria M. Cuomo'), table)).toBeUndefined();
  });

  it('finds the one person a name varies by a suffix, in either direction, but never Jr. for Sr.', () => {
    const table = new EntityTable([auto('w-t-halvard-jr', 'W.T. Halvard Jr.'), auto('edna-pyle', 'Edna Pyle')]);
    expect(variantOf('people', mention('W.T. Halvard'), table)).toBe('w-t-halvard-jr');
    expect(variantOf('people', mention('W.T. Halvard Sr.'), table)).toBeUndefined();
    expect(variantOf('people', mention('Edna Pyle Jr'), table)).toBe('edna-pyle');
    expect(variantOf('people', mention('Ed Pyle Jr'), table)).toBeUndefined();
  });

  it('leaves a name without initials alone when two people have it with initials', () => {
    const table = new EntityTable([auto('roger-b-smith', 'Roger B. Smith'), auto('roger-c-smith', 'Roger C. Smith')]);
    expect(variantOf('people', mention('Roger Smith'), table)).toBeUndefined();
  });

  it("finds the one organisation a name spells another way: -isation, 'the', '&', hyphens", () => {
    const table = new EntityTable([
      auto('organization-of-the-petroleum-exporting-countries', 'Organization of the Petroleum Exporting Countries'),
      auto('marks-and-spencer', 'Marks and Spencer'),
    ]);
    expect(variantOf('organisations', mention('Organisation of Petroleum Exporting Countries'), table)).toBe(
      'organization-of-the-petroleum-exporting-countries',
    );
    expect(variantOf('organisations', mention('Marks & Spencer'), table)).toBe('marks-and-spencer');
    expect(variantOf('organisations', mention('Petroleum Exporting Countries'), table)).toBeUndefined();
  });

  it('finds the one company a name gives with its legal form written out ("Company" for "Co")', () => {
    const table = new EntityTable([auto('halvard-tool-co', 'Halvard Tool Co'), auto('halvard-corp', 'Halvard Corp')]);
    expect(variantOf('organisations', mention('Halvard Tool Company'), table)).toBe('halvard-tool-co');
    expect(variantOf('organisations', mention('Halvard Corporation'), table)).toBe('halvard-corp');
    expect(variantOf('organisations', mention('Halvard Company'), table)).toBeUndefined();
  });
});
