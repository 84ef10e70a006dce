import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import { holdersOf } from './candidates.ts';
import { foldMentions } from './fold-mentions.ts';
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
  return foldMentions(extraction, 'people', into);
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
