import type { Archive } from '../archive.ts';
import { entityLink, viewArticle, type ArticleView, type EntityLink } from '../article-view.ts';
import type { EntityEntry } from '../by-entity.ts';
import { entityKey, type CoMention, type EntityKey } from '../co-occurrence.ts';
import { compareOldestFirst } from '../compare.ts';
import type { NetworkInput } from '../network-layout.ts';
import { drawnTies, type Tie } from '../network-ties.ts';
import { paginate, pageParam, type Page } from '../paginate.ts';
import { articleTimeline, rolesSeen, type RoleSeen, type Timeline } from '../profile.ts';
import type { EntityKind } from '../types.ts';
import { coMentionLinks, countedLink } from './links.ts';
import { entityRow, type CountedRow } from './rows.ts';
import type { RouteSizes } from './sizes.ts';
import { pagedTitle, type PageTitles } from './titles.ts';

/** What a profile's first page shows beside its articles: who else is named with it, and when. */
export interface ProfileOverview {
  /** The people, organisations and events most often named with it, only those with pages. */
  coPeople: CountedRow[];
  coOrganisations: CountedRow[];
  coEvents: CountedRow[];
  timeline: Timeline;
  /** Absent for an entity in too few articles for a picture to say anything. */
  network?: NetworkInput;
}

/** Props of a page of one entity's profile. */
export interface EntityProfileProps extends PageTitles {
  view: 'profile';
  kind: EntityKind;
  entry: EntityEntry;
  page: Page<ArticleView>;
  roles: RoleSeen[];
  /** First and last dates the entity appears in the archive. */
  span: { first: string; last: string };
  /** Events only: the previous and next event of its numbered series. */
  series?: { previous?: EntityLink; next?: EntityLink };
  /**
   * The first page only: the later pages are the rest of the list. Drawn on every page, one
   * article named with a popular entity changed every page of each profile whose network or
   * lists hold it (about 4,000 pages for one article of a 20,000-article archive).
   */
  overview?: ProfileOverview;
  /** Articles with a name that may be this entity, left for an editor and not counted here. */
  awaitingReview: number;
}

/** `/people/<id>/`, `/people/<id>/2/` …: each entity with a page, its articles paginated. */
export function entityProfileRoutes(archive: Archive, kind: EntityKind, sizes: RouteSizes) {
  const countsWith = tieCounts(archive);
  return archive.entityIndexes[kind].flatMap((entry) => {
    const related = archive.coMentions.get(entityKey(kind, entry.entity.id)) ?? [];
    const rowsOf = (other: EntityKind) =>
      coMentionLinks(archive, related, other).map((link) => entityRow(link, link.count));
    const coPeople = rowsOf('people');
    const coOrganisations = rowsOf('organisations');
    const coEvents = rowsOf('events');
    const roles = kind === 'people' ? rolesSeen(entry.entity.id, entry.articles) : [];
    const timeline = articleTimeline(entry.articles);
    const span = { first: entry.articles.at(-1)?.date ?? '', last: entry.articles[0]?.date ?? '' };
    const around = kind === 'events' ? archive.seriesById.get(entry.entity.id) : undefined;
    const series = around && {
      previous: around.previous && entityLink(archive, 'events', around.previous.id),
      next: around.next && entityLink(archive, 'events', around.next.id),
    };
    const network =
      entry.articles.length >= sizes.networkMinArticles
        ? networkOf(archive, kind, entry.entity.id, related, sizes.networkSize, countsWith)
        : undefined;
    // An event is read as it unfolded; people and organisations newest first, like the rest of the archive.
    const ordered = kind === 'events' ? [...entry.articles].sort(compareOldestFirst) : entry.articles;
    const views = ordered.map((article) => viewArticle(archive, article));
    return paginate(views, sizes.pageSize).map((page) => ({
      params: { path: [entry.entity.id, pageParam(page.number)].filter(Boolean).join('/') },
      props: {
        view: 'profile',
        title: pagedTitle(entry.entity.name, page),
        heading: entry.entity.name,
        kind,
        entry,
        page,
        roles,
        span,
        series,
        ...(page.number === 1 ? { overview: { coPeople, coOrganisations, coEvents, timeline, network } } : {}),
        awaitingReview: archive.awaitingReview.get(entityKey(kind, entry.entity.id))?.size ?? 0,
      } satisfies EntityProfileProps,
    }));
  });
}

/** How often an entity is named with each of those its co-mention list records, by their keys. */
type TieCounts = (key: EntityKey) => ReadonlyMap<EntityKey, number>;

/*
 * Popular entities are neighbours in hundreds of networks, so each one's list is turned into a
 * lookup once per route table, and a network looks up its few dozen pairs of neighbours in it
 * instead of walking every neighbour's whole list.
 */
function tieCounts(archive: Archive): TieCounts {
  const byKey = new Map<EntityKey, Map<EntityKey, number>>();
  return (key) => {
    let counts = byKey.get(key);
    if (!counts) {
      counts = new Map(
        (archive.coMentions.get(key) ?? []).map((other) => [entityKey(other.kind, other.id), other.count]),
      );
      byKey.set(key, counts);
    }
    return counts;
  };
}

/**
 * The co-mention network of one entity: its most co-mentioned neighbours of any kind, and how
 * often those neighbours appear with each other (as far as each one's own top list records).
 */
function networkOf(
  archive: Archive,
  kind: EntityKind,
  id: string,
  related: CoMention[],
  size: number,
  countsWith: TieCounts,
): NetworkInput {
  // `related` is already ranked by count, then kind and id.
  const neighbours = related
    .slice(0, size)
    .map((mention) => countedLink(entityLink(archive, mention.kind, mention.id), mention.count));
  // One string per neighbour for both ends of all its ties, and only the ties the picture draws:
  // every profile's props are kept until the build ends.
  const ends = [...new Set(neighbours.map((neighbour) => entityKey(neighbour.kind, neighbour.id)))];
  const links: Tie[] = [];
  for (const a of ends) {
    const counts = countsWith(a);
    for (const b of ends) {
      const count = a < b ? counts.get(b) : undefined;
      if (count !== undefined) links.push({ a, b, count });
    }
  }
  return { centre: entityLink(archive, kind, id), neighbours, links: drawnTies(links, new Set(ends)) };
}
