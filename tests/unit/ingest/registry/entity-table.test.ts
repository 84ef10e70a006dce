import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
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

describe('EntityTable constructor', () => {
  it('indexes names and aliases', () => {
    const table = new EntityTable([entity('vladimir-putin', 'Vladimir Putin', ['Putin'])]);
    expect(table.named('putin')).toEqual(['vladimir-putin']);
    expect(table.named('Vladimir Putin')).toEqual(['vladimir-putin']);
  });
});

describe('EntityTable.add', () => {
  it('indexes a full name by surname, but not one-word names or rejected entities', () => {
    const table = new EntityTable([]);
    table.add(entity('rajnath-singh', 'Rajnath Singh'));
    table.add(entity('madonna', 'Madonna'));
    table.add(entity('john-singh', 'John Singh', [], 'rejected'));
    expect(table.withSurname('Singh')).toEqual(['rajnath-singh']);
    expect(table.withSurname('Madonna')).toEqual([]);
  });

  it('raises the version so derived lists can be rebuilt', () => {
    const table = new EntityTable([]);
    const before = table.version;
    table.add(entity('a-b', 'A B'));
    expect(table.version).toBeGreaterThan(before);
  });
});

describe('EntityTable.addAlias', () => {
  it('makes the entity findable by the alias and records it', () => {
    const table = new EntityTable([entity('international-monetary-fund', 'International Monetary Fund')]);
    table.addAlias('international-monetary-fund', 'IMF');
    expect(table.named('I.M.F.')).toEqual(['international-monetary-fund']);
    expect(table.get('international-monetary-fund')?.aliases).toEqual(['IMF']);
  });

  it('ignores an unknown id', () => {
    const table = new EntityTable([]);
    table.addAlias('nobody', 'Nobody');
    expect(table.named('Nobody')).toEqual([]);
  });
});

describe('EntityTable.named', () => {
  it('returns every entity sharing a name', () => {
    const table = new EntityTable([
      entity('ana-lopez', 'Ana Lopez', ['Lopez']),
      entity('carlos-lopez', 'Carlos Lopez', ['Lopez']),
    ]);
    expect(table.named('Lopez').sort()).toEqual(['ana-lopez', 'carlos-lopez']);
  });
});

describe('EntityTable.withSurname', () => {
  it('finds every person with that last name', () => {
    const table = new EntityTable([entity('ana-lopez', 'Ana Lopez'), entity('carlos-lopez', 'Carlos Lopez')]);
    expect(table.withSurname('Lopez').sort()).toEqual(['ana-lopez', 'carlos-lopez']);
  });
});

describe('EntityTable.idBySlug', () => {
  it('finds an entity whose name slugs the same as another spelling', () => {
    const table = new EntityTable([entity('putin', 'Vladimir Putin')]);
    expect(table.idBySlug('Vladimír Putin')).toBe('putin');
  });

  it('finds an entity whose id is the slug of the name', () => {
    const table = new EntityTable([entity('sao-paulo-fc', 'São Paulo Futebol Clube')]);
    expect(table.idBySlug('Sao Paulo FC')).toBe('sao-paulo-fc');
  });

  it('is undefined when nothing matches', () => {
    expect(new EntityTable([]).idBySlug('Anyone')).toBeUndefined();
  });
});

describe('EntityTable.lookup', () => {
  it('sets rejected entities aside but says the name was found', () => {
    const table = new EntityTable([entity('acme', 'Acme', [], 'rejected')]);
    expect(table.lookup('Acme')).toEqual({ found: true, live: [] });
    expect(table.lookup('Nobody')).toEqual({ found: false, live: [] });
  });

  it('adds the holders of a surname only when asked, sorted', () => {
    const table = new EntityTable([entity('carlos-lopez', 'Carlos Lopez'), entity('ana-lopez', 'Ana Lopez')]);
    expect(table.lookup('Lopez').live).toEqual([]);
    expect(table.lookup('Lopez', { surname: true }).live).toEqual(['ana-lopez', 'carlos-lopez']);
  });
});

describe('EntityTable.learn', () => {
  it('adds the names the entity does not yet go by, once each, and puts new roles first', () => {
    const table = new EntityTable([{ ...entity('ana-lopez', 'Ana Lopez', [], 'auto'), roles: ['Minister'] }]);
    table.learn('ana-lopez', ['Ana Lopez', 'Lopez', 'LOPEZ', 'Dr Ana Lopez'], ['Senator', 'Minister', 'Envoy']);
    expect(table.get('ana-lopez')).toMatchObject({
      aliases: ['Lopez', 'Dr Ana Lopez'],
      roles: ['Senator', 'Envoy', 'Minister'],
    });
    expect(table.named('Dr. Ana Lopez')).toEqual(['ana-lopez']);
  });
});

describe('EntityTable.rename', () => {
  it('gives the fuller name, keeps the old one as an alias and indexes the new initials', () => {
    const table = new EntityTable([entity('ico', 'ICO', [], 'auto')]);
    table.rename('ico', 'International Coffee Organization');
    expect(table.get('ico')).toMatchObject({ name: 'International Coffee Organization', aliases: ['ICO'] });
    expect(table.withInitials('I.C.O.')).toEqual(['ico']);
    expect(table.idBySlug('International Coffee Organization')).toBe('ico');
  });
});

describe('EntityTable.namesSince', () => {
  it('lists only the names added after a version', () => {
    const table = new EntityTable([entity('a-b', 'A B')]);
    const version = table.version;
    table.addAlias('a-b', 'B');
    expect(table.namesSince(version)).toEqual([{ id: 'a-b', name: 'B' }]);
  });
});

describe('EntityTable.withGivenName', () => {
  it('finds people by their first given name', () => {
    const table = new EntityTable([entity('james-wright', 'James Wright'), entity('jim-baker', 'Jim Baker')]);
    expect(table.withGivenName('James')).toEqual(['james-wright']);
  });
});
