import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import { wellKnownBodies } from '../../../../src/ingest/registry/well-known-bodies.ts';
import { parseRegistry, serialiseRegistry } from '../../../../src/ingest/registry/registry-file.ts';
import { toSlug } from '../../../../src/lib/slug.ts';

describe('wellKnownBodies', () => {
  it('is a valid registry: schema, unique ids, no names that slug alike', () => {
    const organisations = wellKnownBodies();
    expect(() => parseRegistry(serialiseRegistry(organisations), 'organisations.json')).not.toThrow();
  });

  it('uses the slug of each name as its id, and marks every body confirmed', () => {
    for (const organisation of wellKnownBodies()) {
      expect(organisation.id).toBe(toSlug(organisation.name));
      expect(organisation.status).toBe('confirmed');
    }
  });

  it('describes every body in one line', () => {
    for (const organisation of wellKnownBodies()) {
      expect(organisation.description, organisation.name).toMatch(/^[A-Z].{20,220}\.$/);
    }
  });

  it('gives each alias to exactly one body', () => {
    const table = new EntityTable(wellKnownBodies());
    for (const organisation of wellKnownBodies()) {
      for (const alias of organisation.aliases) expect(table.named(alias)).toEqual([organisation.id]);
    }
  });

  it('resolves the acronyms archives meet most', () => {
    const table = new EntityTable(wellKnownBodies());
    expect(table.named('IMF')).toEqual(['international-monetary-fund']);
    expect(table.named('EEC')).toEqual(['european-community']);
    expect(table.named('OPEC')).toEqual(['organization-of-the-petroleum-exporting-countries']);
  });

  it('knows the Commission by the names the Community era gave it, apart from the Community itself', () => {
    const table = new EntityTable(wellKnownBodies());
    for (const name of ['EC Commission', 'Commission of the European Communities', 'European Community Commission'])
      expect(table.named(name), name).toEqual(['european-commission']);
    expect(table.named('European Community')).toEqual(['european-community']);
  });
});
