import { hasPage } from '../../lib/trust.ts';
import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import type { RegisteredKind } from '../extractor/name-kind.ts';
import type { EntityTable } from './entity-table.ts';
import { isAcronymName, nameKey } from './name-keys.ts';

/**
 * Of the entities a name could mean, those that count: junk and low-evidence entities (no page)
 * never block a real one, so they are set aside whenever an entity with a page is among them.
 */
export function credible(kind: RegisteredKind, ids: readonly string[], table: EntityTable): string[] {
  if (ids.length <= 1) return [...ids];
  const real = ids.filter((id) => {
    const entity = table.get(id);
    return entity !== undefined && hasPage(kind, entity);
  });
  return real.length > 0 ? real : [...ids];
}

/**
 * Of the organisations initials could mean, those that count: when two or more bodies known by
 * full names hold them ("PC" learnt by Purolator Courier Corp and by Prime Computer Inc, "NSC" by
 * the National Security Council and by Norfolk Southern Corp's ticker), every one, page or none,
 * for an editor, since only the article could say which is meant and it has not (initials it
 * expands were folded into their name before this); otherwise as {@link credible}.
 */
export function initialsHolders(ids: readonly string[], table: EntityTable): string[] {
  const named = ids.filter((id) => !isAcronymName(table.get(id)?.name ?? ''));
  return named.length > 1 ? named : credible('organisations', ids, table);
}

/* Bodies a leader's name heads: "the Reagan Administration" names Reagan, it does not compete with him. */
const LEADERS_BODIES = new Set(['administration', 'government', 'cabinet', 'campaign', 'presidency', 'camp']);

/*
 * Whether an organisation's name uses the surname (one word, or several with its particles: "De
 * Croo") as its own, not as the leader whose body it is.
 */
function usesWord(organisation: string, surname: string): boolean {
  const words = nameKey(organisation).split(' ');
  const own = surname.split(' ');
  return words.some(
    (_, at) =>
      own.every((word, offset) => words[at + offset] === word) && !LEADERS_BODIES.has(words[at + own.length] ?? ''),
  );
}

/* How many more articles the most-named holder of a surname needs than the next to be the one meant. */
const DOMINANT = 3;

/**
 * The person a bare surname ("Baker") names, as a careful editor would decide it: the article never
 * gave the full name (the extractor would have folded the surname into it), so the surname links
 * only when one credible person holds it, or one holds it in far more articles than any other
 * (see {@link holdersOf}), that person has a page or the surname a title, and no organisation of this article uses the word ("Baker International"
 * is not Howard Baker; "the Reagan Administration" is Reagan's, so it does not count).
 * Returns the candidates (one to link, several to review, none for "name only"), or `organisation`
 * when the word is an organisation's here.
 */
export function surnameHolder(
  mention: Mention,
  ids: readonly string[],
  extraction: Extraction,
  people: EntityTable,
): string[] | 'organisation' {
  if (competes(mention, extraction)) return 'organisation';
  const holders = holdersOf(ids, people);
  /*
   * A surname given with no title or role ("Evans said") is no evidence for the one holder the
   * archive does not trust yet (no page): "Evans" of a story on L.K. Evans had linked Daniel
   * Evans, named once in passing elsewhere, "Drew" of the broker Phillips and Drew Ernest Drew, and
   * each such link counts towards the page the holder lacks. The name waits for review, and a later
   * article may settle it. "President Reagan" says who is meant.
   */
  const [only] = holders;
  const entity = holders.length === 1 && only !== undefined ? people.get(only) : undefined;
  return entity !== undefined && mention.cue !== true && !hasPage('people', entity) ? [] : holders;
}

/** Whether an organisation of the article uses a bare surname's word as its own name's. */
export function competes(mention: Mention, extraction: Extraction): boolean {
  const word = nameKey(mention.name);
  return extraction.organisations.some((organisation) =>
    organisation.surfaces.some((surface) => usesWord(surface, word)),
  );
}

/**
 * Of the people a bare surname could mean, those it may name: the one credible holder, or the
 * one named in far more articles than any other; else every credible holder, for review.
 */
export function holdersOf(ids: readonly string[], people: EntityTable): string[] {
  const holders = credible('people', ids, people);
  if (holders.length <= 1) return holders;
  const ranked = holders
    .map((id) => ({ id, articles: people.get(id)?.evidence?.articles ?? 0 }))
    .sort((a, b) => b.articles - a.articles || a.id.localeCompare(b.id));
  const [first, second] = ranked;
  if (first && second && first.articles >= DOMINANT * Math.max(1, second.articles)) return [first.id];
  return holders;
}
