import { toSlug } from '../../lib/slug.ts';
import type { EventRecord } from '../../schema/entity.ts';
import type { EntityTable } from './entity-table.ts';
import type { EventMention } from '../extractor/extract-events.ts';

/** The events an article names, by id, and the ids of events it added to the registry. */
export interface EventResolution {
  events: string[];
  added: string[];
}

/**
 * Resolves named events to `events.json` ids the way people and organisations are resolved: by
 * name or alias, then by slug; a new event becomes an `auto` entity carrying its series and number.
 * A name shared by several events is not guessed; rejected events are never linked; only `auto`
 * events gain aliases.
 */
export function resolveEvents(mentions: readonly EventMention[], table: EntityTable): EventResolution {
  const result: EventResolution = { events: [], added: [] };
  for (const mention of mentions) {
    const id = resolveOne(mention, table, result);
    if (id !== undefined && !result.events.includes(id)) result.events.push(id);
  }
  return result;
}

function resolveOne(mention: EventMention, table: EntityTable, result: EventResolution): string | undefined {
  const { found, live } = table.lookup(mention.name);
  if (live.length > 1 || (found && live.length === 0)) return undefined;
  const id = live[0] ?? table.idBySlug(mention.name);
  const existing = id === undefined ? undefined : table.get(id);
  if (existing) {
    if (existing.status === 'rejected') return undefined;
    if (existing.status === 'auto') learn(table, existing.id, [mention.name, ...mention.surfaces]);
    return existing.id;
  }
  const newId = toSlug(mention.name);
  if (newId === '' || /^\d+$/.test(newId)) return undefined;
  const entity = eventRecord(newId, mention);
  table.add(entity);
  learn(table, newId, mention.surfaces);
  result.added.push(newId);
  return newId;
}

/* Surfaces an event was called by become aliases, minus a leading "the" and repeats. */
function learn(table: EntityTable, id: string, surfaces: readonly string[]): void {
  const aliases = surfaces.map((surface) => surface.replace(/^the\s+/i, '').trim());
  table.learn(
    id,
    aliases.filter((alias) => alias !== '' && !alias.includes(',')),
  );
}

/** A new registry entry, not yet reviewed, for the event a mention names, with its series and number. */
export function eventRecord(id: string, mention: EventMention): EventRecord {
  return {
    id,
    name: mention.name,
    aliases: [],
    roles: [],
    status: 'auto',
    ...(mention.series === undefined ? {} : { series: mention.series }),
    ...(mention.ordinal === undefined ? {} : { ordinal: mention.ordinal }),
  };
}
