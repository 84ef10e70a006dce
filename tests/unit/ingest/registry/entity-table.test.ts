import { describe, expect, it } from 'vitest';
import {
  addAlias,
  addEntity,
  buildTable,
  idBySlug,
  idsNamed,
  idsWithSurname,
  nameKey,
  surnameKey,
} from '../../../../src/ingest/registry/entity-table.ts';
import type { EntityRecord } from '../../../../src/schema/entity.ts';

const entity = (
  id: string,
  name: string,
  aliases: string[] = [],
  status: EntityRecord['status'] = 'confirmed',
): EntityRecord => ({
  id,
  name,
  aliases,
  roles: [],
  status,
});

describe('nameKey', () => {
  it("treats 'I.B.M.' and 'IBM' as one name", () => {
    expect(nameKey('I.B.M.')).toBe(nameKey('IBM'));
  });

  it('ignores case, extra spaces and a final possessive', () => {
    expect(nameKey("  Putin's ")).toBe('putin');
    expect(nameKey('Vladimir   PUTIN')).toBe('vladimir putin');
    expect(nameKey('Putin’s')).toBe('putin');
  });

  it('keeps accents, so distinct spellings stay distinct keys', () => {
    expect(nameKey('São Paulo')).not.toBe(nameKey('Sao Paulo'));
  });
});

describe('surnameKey', () => {
  it('is the last word of the name', () => {
    expect(surnameKey('Rajnath Singh')).toBe('singh');
  });
});

describe('buildTable', () => {
  it('indexes names and aliases', () => {
    const table = buildTable([entity('vladimir-putin', 'Vladimir Putin', ['Putin'])]);
    expect(idsNamed(table, 'putin')).toEqual(['vladimir-putin']);
    expect(idsNamed(table, 'Vladimir Putin')).toEqual(['vladimir-putin']);
  });
});

describe('addEntity', () => {
  it('indexes a full name by surname, but not one-word names or rejected entities', () => {
    const table = buildTable([]);
    addEntity(table, entity('rajnath-singh', 'Rajnath Singh'));
    addEntity(table, entity('madonna', 'Madonna'));
    addEntity(table, entity('john-singh', 'John Singh', [], 'rejected'));
    expect(idsWithSurname(table, 'Singh')).toEqual(['rajnath-singh']);
    expect(idsWithSurname(table, 'Madonna')).toEqual([]);
  });

  it('raises the version so derived lists can be rebuilt', () => {
    const table = buildTable([]);
    const before = table.version;
    addEntity(table, entity('a-b', 'A B'));
    expect(table.version).toBeGreaterThan(before);
  });
});

describe('addAlias', () => {
  it('makes the entity findable by the alias and records it', () => {
    const table = buildTable([entity('international-monetary-fund', 'International Monetary Fund')]);
    addAlias(table, 'international-monetary-fund', 'IMF');
    expect(idsNamed(table, 'I.M.F.')).toEqual(['international-monetary-fund']);
    expect(table.byId.get('international-monetary-fund')?.aliases).toEqual(['IMF']);
  });

  it('ignores an unknown id', () => {
    const table = buildTable([]);
    addAlias(table, 'nobody', 'Nobody');
    expect(idsNamed(table, 'Nobody')).toEqual([]);
  });
});

describe('idsNamed', () => {
  it('returns every entity sharing a name', () => {
    const table = buildTable([
      entity('ana-lopez', 'Ana Lopez', ['Lopez']),
      entity('carlos-lopez', 'Carlos Lopez', ['Lopez']),
    ]);
    expect(idsNamed(table, 'Lopez').sort()).toEqual(['ana-lopez', 'carlos-lopez']);
  });
});

describe('idsWithSurname', () => {
  it('finds every person with that last name', () => {
    const table = buildTable([entity('ana-lopez', 'Ana Lopez'), entity('carlos-lopez', 'Carlos Lopez')]);
    expect(idsWithSurname(table, 'Lopez').sort()).toEqual(['ana-lopez', 'carlos-lopez']);
  });
});

describe('idBySlug', () => {
  it('finds an entity whose name slugs the same as another spelling', () => {
    const table = buildTable([entity('putin', 'Vladimir Putin')]);
    expect(idBySlug(table, 'Vladimír Putin')).toBe('putin');
  });

  it('finds an entity whose id is the slug of the name', () => {
    const table = buildTable([entity('sao-paulo-fc', 'São Paulo Futebol Clube')]);
    expect(idBySlug(table, 'Sao Paulo FC')).toBe('sao-paulo-fc');
  });

  it('is undefined when nothing matches', () => {
    expect(idBySlug(buildTable([]), 'Anyone')).toBeUndefined();
  });
});
