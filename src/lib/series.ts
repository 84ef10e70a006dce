import { compareText } from './compare.ts';
import type { Entity } from './types.ts';

/** The events before and after one event in its numbered series. */
export interface SeriesNeighbours {
  previous?: Entity;
  next?: Entity;
}

/**
 * For each event with a series and an ordinal, its neighbours in that series by number
 * ("the 22nd … Summit" ↔ "the 23rd … Summit"). Gaps are bridged: if the 22nd is not in the
 * archive, the 21st is the 23rd's previous event. Events without an ordinal have no neighbours.
 */
export function seriesNeighbours(events: readonly Entity[]): Map<string, SeriesNeighbours> {
  const numbered = events.filter((event) => event.series && event.ordinal !== undefined);
  const bySeries = Map.groupBy(numbered, (event) => event.series);
  const result = new Map<string, SeriesNeighbours>();
  for (const list of bySeries.values()) {
    list.sort((a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0) || compareText(a.id, b.id));
    list.forEach((event, index) => result.set(event.id, { previous: list[index - 1], next: list[index + 1] }));
  }
  return result;
}
