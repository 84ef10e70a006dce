import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import type { Extraction, Mention } from '../../../../src/ingest/extractor/extract-entities.ts';
import { foldGivenNames } from '../../../../src/ingest/registry/given-names.ts';
import { resolveMentions } from '../../../../src/ingest/registry/resolve-entities.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';
import { mention } from '../../../helpers/mention.ts';

const people = (...mentions: Mention[]): Extraction => ({ people: mentions, organisations: [], places: [] });
const person = (id: string, name: string): EntityRecord => ({
  id,
  name,
  aliases: [],
  roles: [],
  status: 'auto',
  evidence: { articles: 5, cues: 2, people: 5, organisations: 0 },
});

describe('foldGivenNames', () => {
  it("joins a given name alone to the article's one person named in full with it", () => {
    const found = foldGivenNames(
      people(mention('Dilson Funaro'), mention('Dilson', { roles: ['Finance Minister'], cue: true })),
      new EntityTable(),
    );
    expect(found.people).toEqual([
      mention('Dilson Funaro', { surfaces: ['Dilson Funaro', 'Dilson'], roles: ['Finance Minister'], cue: true }),
    ]);
  });

  it('joins it to a surname the registry gives to one person with that given name', () => {
    const table = new EntityTable([person('dilson-funaro', 'Dilson Funaro')]);
    const found = foldGivenNames(people(mention('Dilson'), mention('Funaro')), table);
    expect(found.people.map(({ name, surfaces }) => [name, surfaces])).toEqual([['Funaro', ['Funaro', 'Dilson']]]);
  });

  it('leaves it alone when two people of the article have the given name, or it is a surname there', () => {
    const two = people(mention('Ana Lopez'), mention('Ana Ruiz'), mention('Ana'));
    expect(foldGivenNames(two, new EntityTable()).people).toHaveLength(3);
    const surname = people(mention('Scott Peters'), mention('Mary Scott'), mention('Scott'));
    expect(foldGivenNames(surname, new EntityTable()).people).toHaveLength(3);
  });

  it('makes resolution link one person, not a second entity for the given name', () => {
    const tables = { people: new EntityTable(), organisations: new EntityTable() };
    const result = resolveMentions(
      people(mention('Dilson', { roles: ['Finance Minister'], cue: true }), mention('Dilson Funaro')),
      tables,
    );
    expect(result.people).toEqual(['dilson-funaro']);
    expect(tables.people.get('dilson')).toBeUndefined();
  });
});
