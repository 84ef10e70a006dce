import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import type { RegisteredKind } from '../extractor/name-kind.ts';

/**
 * The article's mentions of one kind with each mention of `into` folded into the one it names: its
 * spellings, roles and cues join that mention, which keeps its place, so the article links one
 * entity, not a second one for the shorter form; the extraction itself when there is nothing to fold.
 */
export function foldMentions(
  extraction: Extraction,
  kind: RegisteredKind,
  into: ReadonlyMap<Mention, Mention>,
): Extraction {
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
  const folded = extraction[kind].filter((mention) => !into.has(mention));
  return { ...extraction, [kind]: folded.map((mention) => merged.get(mention) ?? mention) };
}
