import type { Entity, EntityEvidence, EntityKind } from './types.ts';

/** Articles that must link an `auto` entity before it is trusted without a strong cue. */
export const SEVERAL_ARTICLES = 3;

/** Why an entity has no page, for the editors' review list; undefined when it has one. */
export type NoPageReason = 'rejected' | 'weak evidence' | 'kind disputed';

/**
 * The one rule for whether an entity gets a profile page, a place on the home page, links and
 * structured data. An editor's word decides (`confirmed` yes, `rejected` no). An `auto` person or
 * organisation needs evidence: its own kind must win the vote of the articles that read it
 * themselves (and, without a strong cue, win it unopposed), and it must be named in several
 * articles or once with a strong cue (a full name with
 * a title or role, an organisation's own word). Events are numbered, named occasions with no junk
 * to fear: any that is not rejected has its page.
 */
export function whyNoPage(kind: EntityKind, entity: Pick<Entity, 'status' | 'evidence'>): NoPageReason | undefined {
  if (entity.status === 'rejected') return 'rejected';
  if (entity.status === 'confirmed' || kind === 'events') return undefined;
  const evidence: EntityEvidence | undefined = entity.evidence;
  if (evidence === undefined) return 'weak evidence';
  const other = kind === 'people' ? evidence.organisations : evidence.people;
  // Without a strong cue of its own, any article reading it as the other kind leaves it in doubt.
  if (other > 0 && (evidence[kind] <= other || evidence.cues === 0)) return 'kind disputed';
  const enough = evidence.articles >= SEVERAL_ARTICLES || evidence.cues > 0;
  return enough && evidence[kind] > 0 ? undefined : 'weak evidence';
}

/** Whether an entity has a page; see {@link whyNoPage}. */
export const hasPage = (kind: EntityKind, entity: Pick<Entity, 'status' | 'evidence'>): boolean =>
  whyNoPage(kind, entity) === undefined;
