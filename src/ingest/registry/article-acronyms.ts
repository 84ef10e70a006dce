import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import { foldMentions } from './fold-mentions.ts';
import { acronymKeys, isAcronymName, nameKey } from './name-keys.ts';

/**
 * Initials the article itself expands are the organisation it names in full, whatever the registry
 * files under them: "the U.S. Interstate Commerce Commission (ICC) … The ICC had rejected" is the
 * Interstate Commerce Commission, not the International Criminal Court the registry knows as "ICC".
 * The initials join that mention, as its spelling, so it also learns them; left alone when two of
 * the article's organisations have those initials.
 */
export function foldArticleAcronyms(extraction: Extraction): Extraction {
  const into = new Map<Mention, Mention>();
  for (const mention of extraction.organisations) {
    // Written only as initials here (the extractor may have named it by the registry's full name).
    const written = mention.surfaces.length > 0 ? mention.surfaces : [mention.name];
    if (!written.every(isAcronymName)) continue;
    const initials = new Set(written.map(nameKey));
    const owners = extraction.organisations.filter(
      (other) =>
        other !== mention &&
        !other.surfaces.every(isAcronymName) &&
        [other.name, ...other.surfaces].some((name) => initialsOf(name).some((each) => initials.has(each))),
    );
    const [owner] = owners;
    if (owners.length === 1 && owner !== undefined) into.set(mention, owner);
  }
  return foldMentions(extraction, 'organisations', into);
}

/*
 * The initials a name may be written as, from its first word or a later one: a country or a
 * qualifier before a body is often left out of its initials ("U.S. Interstate Commerce Commission",
 * "ICC").
 */
function initialsOf(name: string): string[] {
  const words = name.trim().split(/\s+/);
  return words.flatMap((_, at) => acronymKeys(words.slice(at).join(' ')));
}
