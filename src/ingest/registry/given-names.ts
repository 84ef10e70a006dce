import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import { holdersOf } from './candidates.ts';
import type { EntityTable } from './entity-table.ts';
import { nameKey, surnameKey } from './name-keys.ts';

/**
 * A given name alone ("Dilson", of "Brazilian Finance Minister Dilson) Funaro") is the one person
 * of the same article who has it: named in full there ("Dilson Funaro"), or by a surname that
 * resolves to one known person ("Funaro", Dilson Funaro). Its spellings, roles and cues join that
 * person's mention, so the article links one person, not a second entity for the given name. Not
 * when the word is the surname of someone the article names in full (the extractor folds those),
 * nor when two of the article's people have that given name.
 */
export function foldGivenNames(extraction: Extraction, people: EntityTable): Extraction {
  const single = (mention: Mention) => !/\s/.test(mention.name.trim());
  const surnames = new Set(extraction.people.filter((mention) => !single(mention)).map((m) => surnameKey(m.name)));
  const given = new Map(extraction.people.map((mention) => [mention, givenName(mention, people)]));
  const into = new Map<Mention, Mention>();
  for (const mention of extraction.people) {
    const word = nameKey(mention.name);
    if (!single(mention) || surnames.has(word)) continue;
    const owners = extraction.people.filter((other) => other !== mention && given.get(other) === word);
    const [owner] = owners;
    if (owners.length === 1 && owner !== undefined && !into.has(owner)) into.set(mention, owner);
  }
  return foldPeople(extraction, into);
}

/**
 * The article's people with each mention of `into` folded into the one it names: its spellings,
 * roles and cues join that person's mention, which keeps its place; the extraction itself when
 * there is nothing to fold.
 */
export function foldPeople(extraction: Extraction, into: ReadonlyMap<Mention, Mention>): Extraction {
  if (into.size === 0) return extraction;
  const merged = new Map<Mention, Mention>();
  for (const [mention, owner] of into) {
    const target = merged.get(owner) ?? { ...owner, surfaces: [...owner.surfaces], roles: [...owner.roles] };
    target.surfaces.push(...mention.surfaces.filter((surface) => !target.surfaces.includes(surface)));
    target.roles.push(...mention.roles.filter((role) => !target.roles.includes(role)));
    target.confidence = Math.max(target.confidence, mention.confidence);
    if (mention.cue === true) target.cue = true;
    if (mention.vote === true) target.vote = true;
    merged.set(owner, target);
  }
  const folded = extraction.people.filter((mention) => !into.has(mention));
  return { ...extraction, people: folded.map((mention) => merged.get(mention) ?? mention) };
}

/* The given name of the person a mention names: its first word, or that of the one person its surname means. */
function givenName(mention: Mention, people: EntityTable): string | undefined {
  const words = nameKey(mention.name).split(' ');
  if (words.length > 1) return words[0];
  const [holder, ...others] = holdersOf(people.lookup(mention.name, { surname: true }).live, people);
  const name = holder === undefined || others.length > 0 ? undefined : people.get(holder)?.name;
  const full = name === undefined ? [] : nameKey(name).split(' ');
  return full.length > 1 && full.at(-1) === words[0] ? full[0] : undefined;
}
