import type { Archive } from '../archive.ts';
import { entityLink, viewArticle, type ArticleView, type EntityLink } from '../article-view.ts';
import type { EntityEntry } from '../by-entity.ts';
import { entityKey, type CoMention, type EntityKey } from '../co-occurrence.ts';
import { compareOldestFirst } from '../compare.ts';
import type { NetworkInput } from '../network-layout.ts';
import { bandedTies, drawnTies, type Tie } from '../network-ties.ts';
import { formatDay } from '../format-date.ts';
import {
  numberedPageLinks,
  paginate,
  pageParam,
  stablePageLinks,
  stablePageParam,
  stablePages,
  type PageLinks,
} from '../paginate.ts';
import { entityPath } from '../paths.ts';
import { articleTimeline, rolesSeen, type RoleSeen, type Timeline } from '../profile.ts';
import type { Entity, EntityKind } from '../types.ts';
import { strings } from '../../strings.ts';
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

/** What a profile's first page says of the entity beside its articles. */
export interface ProfileFacts {
  /** Its registry entry, which ingest's evidence counts change with every article naming it. */
  entity: Entity;
  /** How many articles name it. */
  count: number;
  roles: RoleSeen[];
  /** First and last dates the entity appears in the archive. */
  span: { first: string; last: string };
  /** Events only: the previous and next event of its numbered series. */
  series?: { previous?: EntityLink; next?: EntityLink };
  /** Articles with a name that may be this entity, left for an editor and not counted here. */
  awaitingReview: number;
}

/**
 * Props of a page of one entity's profile. Everything that changes with every article naming the
 * entity (its count, span, roles, overview) is on the first page alone, and a later page holds
 * only its own articles, so that the pages an article reaches are the first page of each profile it
 * names, not all of them: drawn on every page, one article naming a popular entity of a
 * 20,000-article archive changed about 4,000 pages.
 */
export interface EntityProfileProps extends PageTitles {
  view: 'profile';
  kind: EntityKind;
  /** Its name and path, the same on every page. */
  entity: EntityLink;
  items: ArticleView[];
  links: PageLinks;
  /** The first page only. */
  facts?: ProfileFacts;
  overview?: ProfileOverview;
  /** A later page only: the dates its articles span ("Articles from 3 March 2019 to 28 June 2019"). */
  range?: string;
}

/**
 * `/people/<id>/`, `/people/<id>/<n>/` …: each entity with a page, its articles paginated. People
 * and organisations are listed newest first in {@link stablePages}, so a later page's address holds
 * the same articles as the archive grows; an event is read as it unfolded, oldest first, in pages
 * numbered from its start, which an article added at its end leaves in place already.
 */
export function entityProfileRoutes(archive: Archive, kind: EntityKind, sizes: RouteSizes) {
  const countsWith = tieCounts(archive);
  return archive.entityIndexes[kind].flatMap((entry) => {
    const { entity } = entry;
    const basePath = entityPath(kind, entity.id);
    const listed = kind === 'events' ? [...entry.articles].sort(compareOldestFirst) : entry.articles;
    const views = listed.map((article) => viewArticle(archive, article));
    const pages: ListPage[] =
      kind === 'events'
        ? paginate(views, sizes.pageSize).map((page) => ({
            param: pageParam(page.number),
            items: page.items,
            title: pagedTitle(entity.name, page),
            links: numberedPageLinks(basePath, page),
            range: page.number === 1 ? undefined : rangeOf(page.items),
          }))
        : stablePages(views, sizes.pageSize).map((page) => {
            const range = page.number === 0 ? undefined : rangeOf(page.items);
            return {
              param: stablePageParam(page.number),
              items: page.items,
              title: range ? `${entity.name}: ${range}` : entity.name,
              links: stablePageLinks(basePath, page, range),
              range,
            };
          });
    return pages.map((page, index) => {
      const props: EntityProfileProps = {
        view: 'profile',
        title: page.title,
        heading: entity.name,
        kind,
        entity: entityLink(archive, kind, entity.id),
        items: page.items,
        links: page.links,
        ...(index === 0
          ? {
              facts: factsOf(archive, kind, entry),
              overview: overviewOf(archive, kind, entry, sizes, countsWith),
            }
          : { range: page.range }),
      };
      return { params: { path: [entity.id, page.param].filter(Boolean).join('/') }, props };
    });
  });
}

/** One page of a profile's list, before it is made a route. */
interface ListPage {
  param: string | undefined;
  items: ArticleView[];
  title: string;
  links: PageLinks;
  range: string | undefined;
}

/** What a later page says it holds, by the earliest and latest dates of its articles, whichever way they are listed. */
function rangeOf(items: readonly ArticleView[]): string {
  const dates = items.map((item) => item.article.date).sort();
  return strings.articlesFromTo(formatDay(dates[0] ?? ''), formatDay(dates.at(-1) ?? ''));
}

function factsOf(archive: Archive, kind: EntityKind, entry: EntityEntry): ProfileFacts {
  const { entity, articles } = entry;
  const around = kind === 'events' ? archive.seriesById.get(entity.id) : undefined;
  const series = around && {
    previous: around.previous && entityLink(archive, 'events', around.previous.id),
    next: around.next && entityLink(archive, 'events', around.next.id),
  };
  return {
    entity,
    count: articles.length,
    roles: kind === 'people' ? rolesSeen(entity.id, articles) : [],
    // The entry's articles are newest first.
    span: { first: articles.at(-1)?.date ?? '', last: articles[0]?.date ?? '' },
    series,
    awaitingReview: archive.awaitingReview.get(entityKey(kind, entity.id))?.size ?? 0,
  };
}

function overviewOf(
  archive: Archive,
  kind: EntityKind,
  entry: EntityEntry,
  sizes: RouteSizes,
  countsWith: TieCounts,
): ProfileOverview {
  const { entity, articles } = entry;
  const related = archive.coMentions.get(entityKey(kind, entity.id)) ?? [];
  const rowsOf = (other: EntityKind) =>
    coMentionLinks(archive, related, other).map((link) => entityRow(link, link.count));
  const network =
    articles.length >= sizes.networkMinArticles
      ? networkOf(archive, kind, entity.id, related, sizes.networkSize, countsWith)
      : undefined;
  return {
    coPeople: rowsOf('people'),
    coOrganisations: rowsOf('organisations'),
    coEvents: rowsOf('events'),
    timeline: articleTimeline(articles),
    network,
  };
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
  return { centre: entityLink(archive, kind, id), neighbours, links: bandedTies(drawnTies(links, new Set(ends))) };
}
