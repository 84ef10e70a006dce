import { hasPage } from '../../lib/trust.ts';
import { join, relative, sep } from 'node:path';
import { eventSchema } from '../../schema/entity.ts';
import { EntityTable } from './entity-table.ts';
import { nameKey } from './name-keys.ts';
import { wellKnownBodies } from './well-known-bodies.ts';
import { parseRegistry, serialiseRegistry } from './registry-file.ts';
import { referencedIds, repairRegistries, type ArticleText, type Repaired } from './repair.ts';
import type { Tables } from './resolve-entities.ts';
import { parseReview, serialiseReview, type ReviewEntry } from './review-file.ts';

/** File-system reads the content folder needs; real ones are in `fs.ts`. */
export interface ContentReader {
  readTextIfExists(path: string): Promise<string | undefined>;
  listFiles(dir: string, extension: string): Promise<string[]>;
}

/** What ingest knows about a content folder before it adds to it. */
export interface ContentState {
  tables: Tables;
  events: EntityTable;
  /** Each file as it would be written before this run (undefined when absent), to write only on change. */
  originals: Record<RegistryFile, string | undefined>;
  review: ReviewEntry[];
  /** Article id by the `hash` in its front matter. */
  idByHash: Map<string, string>;
  /** Ids in use, lower-cased, since file names must not differ only by case. */
  taken: Set<string>;
  /** Registry entries re-created because articles named them and the registries lacked them. */
  repaired: Repaired;
}

type RegistryFile = 'people' | 'organisations' | 'events' | 'review';

const HASH_LINE = /^hash:[ \t]*["']?([a-f0-9]{16,64})["']?[ \t]*$/m;

/**
 * Reads the three registries, the review report and the hashes of the articles already in `dir`,
 * and re-creates the registry entries that articles name but the registries lack (see `repair.ts`),
 * so that what this run adds resolves against the same entities the articles already use.
 */
export async function loadContent(dir: string, reader: ContentReader): Promise<ContentState> {
  const read = (name: RegistryFile) => reader.readTextIfExists(join(dir, `${name}.json`));
  const [people, organisations, events, review] = await Promise.all([
    read('people'),
    read('organisations'),
    read('events'),
    read('review'),
  ]);
  const peopleList = people === undefined ? [] : parseRegistry(people, join(dir, 'people.json'));
  const organisationList =
    organisations === undefined ? wellKnownBodies() : parseRegistry(organisations, join(dir, 'organisations.json'));
  const eventList = events === undefined ? [] : parseRegistry(events, join(dir, 'events.json'), eventSchema);
  const reviewList = review === undefined ? [] : parseReview(review, join(dir, 'review.json'));
  const state: ContentState = {
    tables: { people: new EntityTable(peopleList), organisations: new EntityTable(organisationList) },
    events: new EntityTable(eventList),
    // Compared in written form, so a hand-formatted file is only rewritten when its content changes.
    originals: {
      people: people === undefined ? undefined : serialiseRegistry(peopleList),
      organisations: organisations === undefined ? undefined : serialiseRegistry(organisationList),
      events: events === undefined ? undefined : serialiseRegistry(eventList),
      review: review === undefined ? undefined : serialiseReview(reviewList),
    },
    review: reviewList,
    idByHash: new Map(),
    taken: new Set(),
    repaired: { people: [], organisations: [], events: [] },
  };
  const tables = { ...state.tables, events: state.events };
  const dangling: ArticleText[] = [];
  const articles = join(dir, 'articles');
  for (const file of await reader.listFiles(articles, '.mdx')) {
    const id = relative(articles, file).slice(0, -'.mdx'.length).split(sep).join('/');
    state.taken.add(id.toLowerCase());
    const source = ((await reader.readTextIfExists(file)) ?? '').replace(/\r\n?/g, '\n');
    const match = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(source);
    const frontmatter = match?.[1] ?? '';
    const hash = HASH_LINE.exec(frontmatter)?.[1];
    if (hash !== undefined && !state.idByHash.has(hash)) state.idByHash.set(hash, id);
    if (referencedIds(frontmatter).some(({ kind, id: entity }) => !tables[kind].has(entity))) {
      dangling.push({ id, frontmatter, body: source.slice(match?.[0].length ?? 0) });
    }
  }
  state.repaired = repairRegistries(tables, dangling);
  return state;
}

/** The registry and review files whose contents changed, as `{ path, data }` to write. */
export function changedFiles(dir: string, state: ContentState): { path: string; data: string }[] {
  const files: Record<RegistryFile, string | undefined> = {
    people: serialiseRegistry(state.tables.people.entities()),
    organisations: serialiseRegistry(state.tables.organisations.entities()),
    events: serialiseRegistry(state.events.entities()),
    review:
      state.review.length === 0 && state.originals.review === undefined ? undefined : serialiseReview(state.review),
  };
  return (['people', 'organisations', 'events', 'review'] as const)
    .filter((name) => files[name] !== undefined && files[name] !== state.originals[name])
    .map((name) => ({ path: join(dir, `${name}.json`), data: files[name] ?? '' }));
}

/**
 * Whether an editor has dealt with a review entry: an ambiguous name now means at most one
 * entity; any other name belongs to an entity an editor confirmed or rejected.
 */
export function isSettled(tables: Tables, entry: ReviewEntry): boolean {
  const table = tables[entry.kind];
  const entities = table.named(entry.name).map((id) => table.get(id));
  // An entity without a page is settled once the evidence gives it one, or an editor decides.
  if (entry.reason === 'weak evidence' || entry.reason === 'kind disputed') {
    const entity = table.get(entry.candidates[0] ?? '');
    return entity === undefined || entity.status !== 'auto' || hasPage(entry.kind, entity);
  }
  if (entry.reason === 'ambiguous') return entities.filter((entity) => entity?.status !== 'rejected').length <= 1;
  return (
    entities.some((entity) => entity?.status === 'confirmed' || entity?.status === 'rejected') ||
    nameKey(entry.name) === ''
  );
}
