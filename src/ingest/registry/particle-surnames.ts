import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import { foldMentions } from './fold-mentions.ts';
import { endsInSurname, isParticleSurname } from './name-keys.ts';

/**
 * A surname written with its particles after the full name ("Belgian Foreign Trade Minister Herman
 * De Croo said … De Croo also said") is the one person of the same article whose full name ends in
 * it, not a second person "De Croo": the particle makes the extractor read two words, so it does not
 * fold them as it folds a one-word surname. Left alone when two of the article's people end in it.
 */
export function foldParticleSurnames(extraction: Extraction): Extraction {
  const into = new Map<Mention, Mention>();
  for (const mention of extraction.people) {
    if (!isParticleSurname(mention.name)) continue;
    const owners = extraction.people.filter(
      (other) => other !== mention && !into.has(other) && endsInSurname(other.name, mention.name),
    );
    const [owner] = owners;
    if (owners.length === 1 && owner !== undefined) into.set(mention, owner);
  }
  return foldMentions(extraction, 'people', into);
}
