import { hasPage } from '../../lib/trust.ts';
import type { EntityRecord } from '../../schema/entity.ts';
import type { Mention } from '../extractor/extract-entities.ts';
import { holdersOf } from './candidates.ts';
import { gatherEvidence } from './entity-evidence.ts';
import { nameKey } from './name-keys.ts';
import { learn, type Tables } from './resolve-entities.ts';
import type { ReviewEntry } from './review-file.ts';

/** An article with bare surnames left for review (`Resolution.pending`). */
export interface PendingArticle {
  /** The article's id. */
  article: string;
  /** The people it links already. */
  people: readonly string[];
  pending: readonly Mention[];
}

/** Review reasons of a bare surname that later evidence can settle. */
export const PENDING_REASONS: ReadonlySet<ReviewEntry['reason']> = new Set(['name only', 'ambiguous']);

/** One bare surname of one article, as a key: what a relink settles and its review note names. */
export const relinkKey = (article: string, name: string) => `${article}\u0000${nameKey(name)}`;

/** A bare surname of an article that later evidence links to a person. */
export interface Relink {
  article: string;
  /** The person the surname names now. */
  id: string;
  mention: Mention;
}

/**
 * Later evidence reaches earlier articles: a bare surname ("Reagan") that an article gave before
 * any article named its holder in full, or while no one holder stood out, links once the
 * registry holds one credible holder, by the rule resolution applies ({@link holdersOf}) — the
 * link the article would have had if it had come after that evidence — and that holder is
 * established (see {@link established}). Only mentions no
 * organisation of their article used were kept pending, so "Baker International" still blocks
 * Howard Baker; a second holder with no clear lead still leaves the name for review; a rejected
 * person is never linked. An `auto` person gains the article's evidence and spellings, as at
 * resolution; what an editor confirmed is linked to but not changed. Articles are taken in the
 * order given, so the result is the same on every run.
 */
export function relinkPending(articles: readonly PendingArticle[], tables: Tables): Relink[] {
  const people = tables.people;
  const links: Relink[] = [];
  for (const { article, people: linked, pending } of articles) {
    const gained = new Map<string, Mention[]>();
    for (const mention of pending) {
      const holders = holdersOf(people.lookup(mention.name, { surname: true }).live, people);
      const id = holders.length === 1 ? holders[0] : undefined;
      if (id === undefined || !established(people.get(id))) continue;
      links.push({ article, id, mention });
      if (!linked.includes(id)) gained.set(id, [...(gained.get(id) ?? []), mention]);
    }
    for (const [id, mentions] of gained) {
      const entity = people.get(id);
      if (entity?.status === 'auto') for (const mention of mentions) learn(people, entity, 'people', mention);
      gatherEvidence('people', id, mentions, tables);
    }
  }
  return links;
}

/**
 * Whether a person is known well enough for an article that gave the surname alone, before any
 * article named them, to mean them: confirmed by an editor, or an `auto` person with a page who was
 * named in full with a title or role ("President Ronald Reagan", "Prime Minister Rajiv Gandhi").
 * An article that gives a bare surname unintroduced speaks of someone its readers know; a holder
 * only ever named in passing (an analyst, a word of a firm's name read as a person: "Merrill Lynch,
 * Pierce, Fenner and Smith") is as likely someone else, so the name stays for an editor.
 */
export function established(person: EntityRecord | undefined): boolean {
  if (person === undefined || person.status === 'rejected') return false;
  if (person.status === 'confirmed') return true;
  return hasPage('people', person) && (person.evidence?.cues ?? 0) > 0;
}
