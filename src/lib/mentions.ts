import { compareText } from './compare.ts';
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
  /** Every linkable name, longest first, then in code-point order. */
  names: string[];
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
  const names = [...targets.keys()].sort((a, b) => b.length - a.length || compareText(a, b));
  const entities = new Set([...targets.values()].map((target) => `${target.kind}:${target.id}`)).size;
  return { names, targets, entities };
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/* The first place at or after `from` where `name` stands as whole words, or -1. */
function findWhole(text: string, name: string, from: number): number {
  for (let at = text.indexOf(name, from); at !== -1; at = text.indexOf(name, at + 1)) {
    if (!isWordCharacter(codePointBefore(text, at)) && !isWordCharacter(text.codePointAt(at + name.length))) return at;
  }
  return -1;
}

function isWordCharacter(codePoint: number | undefined): boolean {
  return codePoint !== undefined && WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

/* The whole character before `index`, even when it is a surrogate pair. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined;
  const unit = text.charCodeAt(index - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && index >= 2 ? text.codePointAt(index - 2) : text.codePointAt(index - 1);
}

/**
 * Splits text into plain runs and first mentions. `linked` holds the keys of entities already
 * linked earlier in the document and is updated, so each entity links once, at its first mention.
 */
export function splitMentions(text: string, matcher: MentionMatcher, linked: Set<string>): Segment[] {
  // Most of a long article comes after every entity's first mention: no need to search it.
  if (linked.size >= matcher.entities) return [{ text }];
  const segments: Segment[] = [];
  // Where each name next stands as whole words; a string search per name is far cheaper than one
  // regular expression of every name tried at every position of a long text.
  const next = new Map(matcher.names.map((name) => [name, findWhole(text, name, 0)]));
  // `cursor` moves past every match, linked or not, so no name is found inside another;
  // `plainFrom` only past links, so text between two links stays one plain run.
  let cursor = 0;
  let plainFrom = 0;
  while (linked.size < matcher.entities) {
    let name: string | undefined;
    let at = -1;
    for (const candidate of matcher.names) {
      let position = next.get(candidate) ?? -1;
      if (position !== -1 && position < cursor) {
        position = findWhole(text, candidate, cursor);
        next.set(candidate, position);
      }
      // Names are longest first, so on a tie the longer name ("Rajnath Singh" over "Rajnath") wins.
      if (position !== -1 && (at === -1 || position < at)) [name, at] = [candidate, position];
    }
    if (name === undefined) break;
    const target = matcher.targets.get(name) as MentionTarget;
    const key = `${target.kind}:${target.id}`;
    cursor = at + name.length;
    if (linked.has(key)) continue;
    linked.add(key);
    if (at > plainFrom) segments.push({ text: text.slice(plainFrom, at) });
    segments.push({ text: name, target });
    plainFrom = cursor;
  }
  if (plainFrom < text.length || segments.length === 0) segments.push({ text: text.slice(plainFrom) });
  return segments;
}
