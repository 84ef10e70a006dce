import { toSlug } from '../../lib/slug.ts';
import type { EventRecord } from '../../schema/entity.ts';
import { addAlias, addEntity, idBySlug, idsNamed, nameKey, type EntityTable } from './entity-table.ts';
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
  const ids = idsNamed(table, mention.name);
  const live = ids.filter((id) => table.byId.get(id)?.status !== 'rejected');
  if (live.length > 1 || (ids.length > 0 && live.length === 0)) return undefined;
  const id = live[0] ?? idBySlug(table, mention.name);
  const existing = id === undefined ? undefined : table.byId.get(id);
  if (existing) {
    if (existing.status === 'rejected') return undefined;
    if (existing.status === 'auto') learn(table, existing.id, [mention.name, ...mention.surfaces]);
    return existing.id;
  }
  const newId = toSlug(mention.name);
  if (newId === '' || /^\d+$/.test(newId)) return undefined;
  const entity = eventRecord(newId, mention);
  addEntity(table, entity);
  learn(table, newId, mention.surfaces);
  result.added.push(newId);
  return newId;
}

/* Surfaces an event was called by become aliases, minus a leading "the" and repeats. */
function learn(table: EntityTable, id: string, surfaces: readonly string[]): void {
  const entity = table.byId.get(id);
  if (!entity) return;
  const known = new Set([entity.name, ...entity.aliases].map(nameKey));
  for (const surface of surfaces) {
    const alias = surface.replace(/^the\s+/i, '').trim();
    if (alias === '' || alias.includes(',') || known.has(nameKey(alias))) continue;
    known.add(nameKey(alias));
    addAlias(table, id, alias);
  }
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
