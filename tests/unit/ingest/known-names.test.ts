import { describe, expect, it } from 'vitest';
import { addEntity, buildTable } from '../../../src/ingest/aliases.ts';
import { knownNames } from '../../../src/ingest/known-names.ts';
import type { Tables } from '../../../src/ingest/resolve.ts';

describe('knownNames', () => {
  const tables = (): Tables => ({
    people: buildTable([
      { id: 'ana-lopez', name: 'Ana Lopez', aliases: ['Lopez'], roles: ['Mayor'], status: 'auto' },
      { id: 'harbour-master', name: 'Harbour Master', aliases: ['The Master'], roles: [], status: 'rejected' },
    ]),
    organisations: buildTable([{ id: 'world-bank', name: 'World Bank', aliases: [], roles: [], status: 'confirmed' }]),
  });

  it('passes every entity not rejected as known, and every rejected name and alias as rejected', () => {
    expect(knownNames(tables())).toEqual({
      known: {
        people: [{ id: 'ana-lopez', name: 'Ana Lopez', aliases: ['Lopez'] }],
        organisations: [{ id: 'world-bank', name: 'World Bank', aliases: [] }],
      },
      rejected: ['Harbour Master', 'The Master'],
    });
  });

  it('reuses the lists until a registry gains a name, then rebuilds them', () => {
    const registry = tables();
    const first = knownNames(registry);
    expect(knownNames(registry)).toBe(first);
    addEntity(registry.people, { id: 'bo-diaz', name: 'Bo Diaz', aliases: [], roles: [], status: 'auto' });
    expect(knownNames(registry).known?.people.map((person) => person.id)).toEqual(['ana-lopez', 'bo-diaz']);
  });
});
