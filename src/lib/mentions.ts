import type { EntityKind } from './types.ts';

/** Where a mention links to. */
export interface MentionTarget {
  kind: EntityKind;
  id: string;
  /** Site path of the entity's page, without the deployment base. */
  path: string;
}

/** An entity an article may mention, with every name it goes by. */
export interface MentionCandidate extends MentionTarget {
  names: string[];
}

/** A run of body text, linked to an entity or not. */
export type Segment = { text: string; target?: MentionTarget };

/** Finds the names of one article's entities in its text. */
export interface MentionMatcher {
  pattern: RegExp;
  targets: Map<string, MentionTarget>;
  /** How many different entities the names lead to: once all are linked, nothing is left to find. */
  entities: number;
}

/**
 * Names used by more than one entity across the registries ("Singh" for two Singhs): never
 * linked, since a reader could be sent to the wrong person.
 */
export function findAmbiguousNames(
  entities: readonly { kind: EntityKind; id: string; names: string[] }[],
): Set<string> {
  const owners = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const entity of entities) {
    const key = `${entity.kind}:${entity.id}`;
    for (const name of new Set(entity.names)) {
      const owner = owners.get(name);
      if (owner === undefined) owners.set(name, key);
      else if (owner !== key) ambiguous.add(name);
    }
  }
  return ambiguous;
}

/**
 * A matcher for one article's entities, or undefined when it has none to link. Longer names are
 * tried first, so "Rajnath Singh" wins over "Singh"; names match whole words only, case-sensitively.
 */
export function buildMentionMatcher(
  candidates: readonly MentionCandidate[],
  ambiguous: ReadonlySet<string>,
): MentionMatcher | undefined {
  const targets = new Map<string, MentionTarget>();
  for (const { names, ...target } of candidates) {
    for (const name of names) if (name.trim() && !ambiguous.has(name) && !targets.has(name)) targets.set(name, target);
  }
  if (targets.size === 0) return undefined;
  const alternatives = [...targets.keys()]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const entities = new Set([...targets.values()].map((target) => `${target.kind}:${target.id}`)).size;
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    targets,
    entities,
  };
}

/**
 * Splits text into plain runs and first mentions. `linked` holds the keys of entities already
 * linked earlier in the document and is updated, so each entity links once, at its first mention.
 */
export function splitMentions(text: string, matcher: MentionMatcher, linked: Set<string>): Segment[] {
  // Most of a long article comes after every entity's first mention: no need to search it.
  if (linked.size >= matcher.entities) return [{ text }];
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const target = matcher.targets.get(match[0]);
    if (!target) continue;
    const key = `${target.kind}:${target.id}`;
    if (linked.has(key)) continue;
    linked.add(key);
    if (match.index > cursor) segments.push({ text: text.slice(cursor, match.index) });
    segments.push({ text: match[0], target });
    cursor = match.index + match[0].length;
    if (linked.size >= matcher.entities) break;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}
