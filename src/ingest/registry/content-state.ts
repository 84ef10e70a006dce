import { hasPage } from '../../lib/trust.ts';
import { join, relative, sep } from 'node:path';
import { mapInPool } from '../../concurrency.ts';
import { eventSchema } from '../../schema/entity.ts';
import { EntityTable } from './entity-table.ts';
import { nameKey } from './name-keys.ts';
import { wellKnownBodies } from './well-known-bodies.ts';
import { parseRegistry, serialiseRegistry } from './registry-file.ts';
import { repairRegistries, type ArticleText, type Repaired } from './repair.ts';
import {
  INDEX_FILE,
  parseIndex,
  splitFrontmatter,
  summarise,
  type ArticleSummary,
  type IndexedArticle,
} from './article-index.ts';
import type { Tables } from './resolve-entities.ts';
import { parseReview, serialiseReview, type ReviewEntry } from './review-file.ts';

/** File-system reads the content folder needs; real ones are in `fs.ts`. */
export interface ContentReader {
  readTextIfExists(path: string): Promise<string | undefined>;
  listFiles(dir: string, extension: string): Promise<string[]>;
  /** What changes whenever the file does (its size and modification time); undefined when absent. */
  fileStamp(path: string): Promise<string | undefined>;
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
  /** The article index ({@link INDEX_FILE}) as it stands after reading the articles, and the file as read. */
  index: Map<string, IndexedArticle>;
  indexOriginal: string | undefined;
}

type RegistryFile = 'people' | 'organisations' | 'events' | 'review';

/* Articles stamped and, when their index entry is stale, read at once. */
const IO_CONCURRENCY = 16;

/**
 * Reads the three registries, the review report and the hashes of the articles already in `dir`,
 * and re-creates the registry entries that articles name but the registries lack (see `repair.ts`),
 * so that what this run adds resolves against the same entities the articles already use. An
 * article's hash and the ids it names come from the index while its stamp matches the entry's;
 * otherwise, and for every article that names an id the registries lack, the file is read.
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
    index: new Map(),
    indexOriginal: undefined,
  };
  const tables = { ...state.tables, events: state.events };
  const indexOriginal = await reader.readTextIfExists(join(dir, INDEX_FILE));
  const known = parseIndex(indexOriginal);
  const articles = join(dir, 'articles');
  const files = await reader.listFiles(articles, '.mdx');
  const summaries = await mapInPool(files, IO_CONCURRENCY, async (file) => {
    const id = relative(articles, file).slice(0, -'.mdx'.length).split(sep).join('/');
    // Stamped before it is read: an edit made meanwhile changes the stamp, so the next run reads it again.
    const stamp = await reader.fileStamp(file);
    const entry = known.get(id);
    const fresh = stamp !== undefined && entry?.stamp === stamp ? entry : undefined;
    const source = fresh === undefined ? await readArticle(reader, file) : undefined;
    const summary: ArticleSummary = fresh ?? summarise(splitFrontmatter(source ?? '').frontmatter);
    const dangles = summary.refs.some(({ kind, id: entity }) => !tables[kind].has(entity));
    // Only the articles repair needs are kept in memory whole.
    return { id, stamp, summary, source: dangles ? (source ?? (await readArticle(reader, file))) : undefined };
  });
  state.index = new Map();
  state.indexOriginal = indexOriginal;
  const dangling: ArticleText[] = [];
  for (const { id, stamp, summary, source } of summaries) {
    state.taken.add(id.toLowerCase());
    const { hash } = summary;
    if (hash !== undefined && !state.idByHash.has(hash)) state.idByHash.set(hash, id);
    if (stamp !== undefined) state.index.set(id, { stamp, hash: summary.hash, refs: summary.refs });
    if (source !== undefined) {
      const { frontmatter, bodyStart } = splitFrontmatter(source);
      dangling.push({ id, frontmatter, body: source.slice(bodyStart) });
    }
  }
  state.repaired = repairRegistries(tables, dangling);
  return state;
}

async function readArticle(reader: ContentReader, file: string): Promise<string> {
  return ((await reader.readTextIfExists(file)) ?? '').replace(/\r\n?/g, '\n');
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
