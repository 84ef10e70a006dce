import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import { namesForExtractor, toldToExtractor } from '../../../../src/ingest/registry/names-for-extractor.ts';
import type { Tables } from '../../../../src/ingest/registry/resolve-entities.ts';

describe('namesForExtractor', () => {
  const tables = (): Tables => ({
    people: new EntityTable([
      { id: 'ana-lopez', name: 'Ana Lopez', aliases: ['Lopez'], roles: ['Mayor'], status: 'auto' },
      { id: 'harbour-master', name: 'Harbour Master', aliases: ['The Master'], roles: [], status: 'rejected' },
    ]),
    organisations: new EntityTable([
      { id: 'world-bank', name: 'World Bank', aliases: [], roles: [], status: 'confirmed' },
    ]),
  });

  it('indexes every name and alias of entities not rejected, and lists every rejected name and alias', () => {
    const options = namesForExtractor(tables());
    expect(options.rejected).toEqual(['Harbour Master', 'The Master']);
    expect(options.index?.lookup('Lopez')).toMatchObject({ kind: 'people', name: 'Ana Lopez' });
    expect(options.index?.lookup('world bank')).toMatchObject({ kind: 'organisations', name: 'World Bank' });
    expect(options.index?.lookup('Harbour Master')).toBeUndefined();
  });

  it('reuses the index until a registry gains a name, then adds just the new names', () => {
    const registry = tables();
    const first = namesForExtractor(registry);
    expect(namesForExtractor(registry)).toBe(first);
    registry.people.add({ id: 'bo-diaz', name: 'Bo Diaz', aliases: [], roles: [], status: 'auto' });
    registry.people.addAlias('bo-diaz', 'Diaz');
    const second = namesForExtractor(registry);
    expect(second).not.toBe(first);
    expect(second.index).toBe(first.index);
    expect(second.index?.lookup('Diaz')).toMatchObject({ kind: 'people', name: 'Bo Diaz' });
  });

  it('leaves out an auto organisation named only by a place, whatever its votes, so each article decides', () => {
    const registry = tables();
    const evidence = { articles: 10, cues: 0, people: 0, organisations: 4 };
    registry.organisations.add({ id: 'london', name: 'London', aliases: [], roles: [], status: 'auto', evidence });
    expect(namesForExtractor(registry).index?.lookup('London')).toBeUndefined();
  });
});

describe('toldToExtractor', () => {
  const record = (name: string, status: 'auto' | 'confirmed' | 'rejected') => ({
    id: name.toLowerCase(),
    name,
    aliases: [],
    roles: [],
    status,
  });

  it('tells every entity not rejected except an auto organisation named by a place or a nationality', () => {
    expect(toldToExtractor('organisations', record('London', 'auto'))).toBe(false);
    expect(toldToExtractor('organisations', record('Scottish', 'auto'))).toBe(false);
    expect(toldToExtractor('organisations', record('London', 'confirmed'))).toBe(true);
    expect(toldToExtractor('organisations', record('Leeds United', 'auto'))).toBe(true);
    expect(toldToExtractor('people', record('Ana Lopez', 'auto'))).toBe(true);
    expect(toldToExtractor('people', record('Ana Lopez', 'rejected'))).toBe(false);
  });
});
