import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import { withoutLegalForm } from '../extractor/short-forms.ts';
import type { RegisteredKind } from '../extractor/name-kind.ts';
import type { EntityTable } from './entity-table.ts';
import { nameKey } from './name-keys.ts';
import { typesItsName } from './names-for-extractor.ts';

/* The opening words of a longer name, two words or more ("Merrill Lynch" of "Merrill Lynch Capital Markets"). */
function openings(name: string): string[] {
  const words = name.split(' ');
  return words.slice(2).map((_, index) => words.slice(0, index + 2).join(' '));
}

/*
 * A title before one word ("General Agreement", "Executive Mall", "Admiral Nakhimov") reads a
 * thing as a person as easily as it names one ("President Suharto"), so for a person only a full
 * name with its title or role is a strong cue; a one-word name earns its page by several articles.
 */
const cueCounts = (kind: RegisteredKind, name: string) => kind !== 'people' || name.includes(' ');

/**
 * This article's evidence for an auto entity it links: one more article, one more with a strong
 * cue (for a person, a full name's: see {@link cueCounts}), one vote for its kind when the text read it so itself; and a vote against any auto entity
 * of the other kind registered under the same name, or, for a person, under the opening words of
 * this organisation's name or its name without the legal form.
 */
export function gatherEvidence(
  kind: RegisteredKind,
  id: string,
  mentions: readonly Mention[],
  tables: Record<RegisteredKind, EntityTable>,
): void {
  const entity = tables[kind].get(id);
  if (entity?.status === 'auto') {
    const evidence = (entity.evidence ??= { articles: 0, cues: 0, people: 0, organisations: 0 });
    evidence.articles += 1;
    if (cueCounts(kind, entity.name) && mentions.some((mention) => mention.cue === true)) evidence.cues += 1;
    if (mentions.some((mention) => mention.vote === true)) evidence[kind] += 1;
  }
  const other = tables[kind === 'people' ? 'organisations' : 'people'];
  const names = new Set(
    mentions
      .flatMap((mention) => [mention.name, ...mention.surfaces])
      .flatMap((name) => (kind === 'organisations' ? [name, withoutLegalForm(name), ...openings(name)] : [name]))
      .filter((name) => name !== undefined)
      .map(nameKey),
  );
  const rivals = new Set([...names].flatMap((name) => other.named(name)));
  for (const rivalId of rivals) {
    const rival = other.get(rivalId);
    if (rival?.status !== 'auto' || !mentions.some((mention) => mention.vote === true)) continue;
    const evidence = (rival.evidence ??= { articles: 0, cues: 0, people: 0, organisations: 0 });
    evidence[kind] += 1;
  }
}

/**
 * The article's mentions with the archive's verdict on kind applied: a name the text gave no cue
 * of its own ("Merrill Lynch said") goes to the other kind when it is registered only as an `auto`
 * entity of its kind whose articles read it clearly as the other kind (see {@link typesItsName}),
 * or when a person's name opens the longer name of a registered organisation ("Smith Barney" of
 * "Smith Barney Harris Upham and Co Inc") and no editor confirmed such a person; it goes without
 * this article's vote. A registry's first reading does not decide what a name is; the readings of
 * all its articles do.
 */
export function retypedByVotes(
  extraction: Extraction,
  tables: Record<RegisteredKind, EntityTable>,
  opensOrganisation: (words: readonly string[]) => boolean,
): Extraction {
  const result: Extraction = { ...extraction, people: [], organisations: [] };
  for (const kind of ['people', 'organisations'] as const) {
    const other = kind === 'people' ? 'organisations' : 'people';
    for (const mention of extraction[kind]) {
      const retyped =
        mention.cue !== true &&
        (isOutvoted(tables[kind], mention.name, other) ||
          (kind === 'people' &&
            opensOrganisation(mention.name.split(' ')) &&
            !isConfirmed(tables.people, mention.name)));
      result[retyped ? other : kind].push(retyped ? { ...mention, vote: false } : mention);
    }
  }
  return result;
}

function isOutvoted(table: EntityTable, name: string, other: RegisteredKind): boolean {
  const ids = table.named(name);
  const entity = ids.length === 1 ? table.get(ids[0] ?? '') : undefined;
  return entity?.status === 'auto' && typesItsName(other, entity);
}

const isConfirmed = (table: EntityTable, name: string) =>
  table.named(name).some((id) => table.get(id)?.status === 'confirmed');
