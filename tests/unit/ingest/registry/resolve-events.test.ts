import { describe, expect, it } from 'vitest';
import { EntityTable } from '../../../../src/ingest/registry/entity-table.ts';
import type { EventMention } from '../../../../src/ingest/extractor/extract-events.ts';
import { resolveEvents } from '../../../../src/ingest/registry/resolve-events.ts';
import type { EventRecord } from '../../../../src/schema/entity.ts';

const summit: EventMention = {
  name: '23rd India-Russia Annual Summit',
  surfaces: ['the 23rd India-Russia Annual Summit', '23rd India-Russia Annual Summit'],
  series: 'india-russia-annual-summit',
  ordinal: 23,
};
const event = (overrides: Partial<EventRecord> & { id: string; name: string }): EventRecord => ({
  aliases: [],
  roles: [],
  status: 'confirmed',
  ...overrides,
});

describe('resolveEvents', () => {
  it('adds a new event as auto with its series and number', () => {
    const table = new EntityTable([]);
    expect(resolveEvents([summit], table)).toEqual({
      events: ['23rd-india-russia-annual-summit'],
      added: ['23rd-india-russia-annual-summit'],
    });
    expect(table.get('23rd-india-russia-annual-summit')).toEqual({
      id: '23rd-india-russia-annual-summit',
      name: '23rd India-Russia Annual Summit',
      aliases: [],
      roles: [],
      status: 'auto',
      series: 'india-russia-annual-summit',
      ordinal: 23,
    });
  });

  it('finds a known event by an alias and lists it once', () => {
    const table = new EntityTable([
      event({ id: 'delhi-summit', name: 'Delhi Summit', aliases: ['23rd India-Russia Annual Summit'] }),
    ]);
    expect(resolveEvents([summit, summit], table)).toEqual({ events: ['delhi-summit'], added: [] });
  });

  it('never links a rejected event', () => {
    const table = new EntityTable([
      event({ id: '23rd-india-russia-annual-summit', name: '23rd India-Russia Annual Summit', status: 'rejected' }),
    ]);
    expect(resolveEvents([summit], table).events).toEqual([]);
  });

  it('does not guess between two events sharing a name', () => {
    const table = new EntityTable([
      event({ id: 'cup-final-1', name: 'Cup Final 1', aliases: ['Cup Final'] }),
      event({ id: 'cup-final-2', name: 'Cup Final 2', aliases: ['Cup Final'] }),
    ]);
    expect(resolveEvents([{ name: 'Cup Final', surfaces: ['Cup Final'] }], table).events).toEqual([]);
  });

  it('teaches an auto event new spellings, without a leading "the"', () => {
    const table = new EntityTable([event({ id: 'harbour-day', name: 'Harbour Day', status: 'auto' })]);
    resolveEvents([{ name: 'Harbour Day', surfaces: ['the Harbour Day Festival'] }], table);
    expect(table.get('harbour-day')?.aliases).toEqual(['Harbour Day Festival']);
  });
});
