import { compareOldestFirst } from '@/lib/compare.ts';
import { paginate, pageParam, type Page } from '@/lib/paginate.ts';
import type { DayGroup, MonthGroup, YearGroup } from '@/lib/by-date.ts';
import type { EntityEntry } from '@/lib/by-entity.ts';
import { entityKey, type CoMention } from '@/lib/co-occurrence.ts';
import type { NetworkInput } from '@/lib/network-layout.ts';
import type { EntityKind } from '@/lib/types.ts';
import { rolesSeen, yearlyTimeline, type RoleSeen, type YearCount } from '@/lib/profile.ts';
import { NETWORK_MIN_ARTICLES, NETWORK_SIZE, PAGE_SIZE } from '@/site.ts';
import type { Story } from '@/lib/stories.ts';
import type { AnniversaryDay } from '@/lib/on-this-day.ts';
import {
  anniversaries,
  articles,
  coMentions,
  dateTree,
  entryById,
  entityIndexes,
  neighbours,
  relatedById,
  seriesById,
  stories,
  storyPositionById,
} from './archive.ts';
import { withCacheKeys } from './cache-key.ts';
import { entityLink, viewArticle, type ArticleView, type EntityLink } from './views.ts';

/*
 * Route tables for getStaticPaths: each function maps prepared indexes to params and props,
 * so page files stay one line of routing. Every route carries the digest of its props as its
 * cache key, so a rebuild renders again only the pages whose data changed.
 */

/** Every article page with its body entry and its neighbours in time. */
export function articleRoutes() {
  const routes = articles.map((article) => {
    const around = neighbours.get(article.id);
    const entry = entryById.get(article.id);
    if (!entry) throw new Error(`article ${article.id} has no collection entry`);
    const inStory = storyPositionById.get(article.id);
    return {
      params: { id: article.id },
      props: {
        view: viewArticle(article),
        entry,
        previous: around?.previous,
        next: around?.next,
        related: (relatedById.get(article.id) ?? []).map((related) => related.article),
        story: inStory && {
          id: inStory.story.id,
          name: inStory.story.name,
          part: inStory.index + 1,
          total: inStory.story.articles.length,
          previous: inStory.previous,
          next: inStory.next,
        },
      },
    };
  });
  return withCacheKeys(routes);
}

/** Year pages. */
export function yearRoutes() {
  return withCacheKeys(dateTree.map((year) => ({ params: { year: year.year }, props: { year } })));
}

/** Month pages, each with the year it belongs to. */
export function monthRoutes() {
  const routes = dateTree.flatMap((year) =>
    year.months.map((month) => ({
      params: { year: year.year, month: month.yearMonth.slice(5, 7) },
      props: { year, month },
    })),
  );
  return withCacheKeys(routes);
}

/** Props of one page of a day's articles. */
export interface DayPageProps {
  year: YearGroup;
  month: MonthGroup;
  day: DayGroup;
  page: Page<ArticleView>;
}

/** Day pages, paginated. */
export function dayRoutes() {
  const routes = dateTree.flatMap((year) =>
    year.months.flatMap((month) =>
      month.days.flatMap((day) =>
        paginate(day.articles.map(viewArticle), PAGE_SIZE).map((page) => ({
          params: {
            year: year.year,
            month: month.yearMonth.slice(5, 7),
            day: day.date.slice(8, 10),
            page: pageParam(page.number),
          },
          props: { year, month, day, page } satisfies DayPageProps,
        })),
      ),
    ),
  );
  return withCacheKeys(routes);
}

/** One row of an A–Z entity index. */
export interface EntityIndexRow {
  link: EntityLink;
  count: number;
}

/** Props of an entity route: either a page of the A–Z index or a page of one profile. */
export type EntityRouteProps =
  | { view: 'index'; kind: EntityKind; page: Page<EntityIndexRow> }
  | {
      view: 'profile';
      kind: EntityKind;
      entry: EntityEntry;
      page: Page<ArticleView>;
      coPeople: (EntityLink & { count: number })[];
      coOrganisations: (EntityLink & { count: number })[];
      coEvents: (EntityLink & { count: number })[];
      roles: RoleSeen[];
      timeline: YearCount[];
      /** First and last dates the entity appears in the archive. */
      span: { first: string; last: string };
      /** Events only: the previous and next event of its numbered series. */
      series?: { previous?: EntityLink; next?: EntityLink };
      /** Absent for an entity in too few articles for a picture to say anything. */
      network?: NetworkInput;
    };

/**
 * `/people/`, `/people/2/` … (the A–Z index) and `/people/<id>/`, `/people/<id>/2/` … (profiles)
 * share one catch-all route; all-digit entity ids are refused by the registry checks.
 */
export function entityRoutes(kind: EntityKind) {
  const entries = entityIndexes[kind];
  const rows = entries.map((entry) => ({ link: entityLink(kind, entry.entity.id), count: entry.articles.length }));
  const indexPages = paginate(rows, PAGE_SIZE * 5).map((page) => ({
    params: { path: pageParam(page.number) },
    props: { view: 'index', kind, page } satisfies EntityRouteProps,
  }));
  const profilePages = entries.flatMap((entry) => {
    const related = coMentions.get(entityKey(kind, entry.entity.id)) ?? [];
    const coPeople = linksOf(related, 'people');
    const coOrganisations = linksOf(related, 'organisations');
    const coEvents = linksOf(related, 'events');
    const roles = kind === 'people' ? rolesSeen(entry.entity.id, entry.articles) : [];
    const timeline = yearlyTimeline(entry.articles);
    const span = { first: entry.articles.at(-1)?.date ?? '', last: entry.articles[0]?.date ?? '' };
    const around = kind === 'events' ? seriesById.get(entry.entity.id) : undefined;
    const series = around && {
      previous: around.previous && entityLink('events', around.previous.id),
      next: around.next && entityLink('events', around.next.id),
    };
    const network =
      entry.articles.length >= NETWORK_MIN_ARTICLES ? networkOf(kind, entry.entity.id, related) : undefined;
    // An event is read as it unfolded; people and organisations newest first, like the rest of the archive.
    const ordered = kind === 'events' ? [...entry.articles].sort(compareOldestFirst) : entry.articles;
    return paginate(ordered.map(viewArticle), PAGE_SIZE).map((page) => ({
      params: { path: [entry.entity.id, pageParam(page.number)].filter(Boolean).join('/') },
      props: {
        view: 'profile',
        kind,
        entry,
        page,
        coPeople,
        coOrganisations,
        coEvents,
        roles,
        timeline,
        span,
        series,
        network,
      } satisfies EntityRouteProps,
    }));
  });
  return withCacheKeys([...indexPages, ...profilePages]);
}

/**
 * The co-mention network of one entity: its most co-mentioned neighbours of any kind, and how
 * often those neighbours appear with each other (as far as each one's own top list records).
 */
function networkOf(kind: EntityKind, id: string, related: CoMention[]): NetworkInput {
  // `related` is already ranked by count, then kind and id.
  const neighbours = related
    .slice(0, NETWORK_SIZE)
    .map((mention) => ({ ...entityLink(mention.kind, mention.id), count: mention.count }));
  const keys = new Set(neighbours.map((n) => entityKey(n.kind, n.id)));
  const links = neighbours.flatMap((n) =>
    (coMentions.get(entityKey(n.kind, n.id)) ?? [])
      .map((other) => ({ a: entityKey(n.kind, n.id), b: entityKey(other.kind, other.id), count: other.count }))
      .filter((link) => keys.has(link.b) && link.a < link.b),
  );
  return { centre: entityLink(kind, id), neighbours, links };
}

function linksOf(related: CoMention[], kind: EntityKind) {
  return related
    .filter((mention) => mention.kind === kind)
    .map((mention) => ({ ...entityLink(kind, mention.id), count: mention.count }))
    .filter((link) => link.path !== undefined);
}

/** Props of a stories route: a page of the A–Z list of stories, or a page of one story. */
export type StoryRouteProps =
  | { view: 'index'; page: Page<{ story: Story; count: number }> }
  | { view: 'story'; story: Story; page: Page<ArticleView> };

/** `/stories/` (A–Z, paginated) and `/stories/<id>/` (one story oldest first, paginated). */
export function storyRoutes() {
  const indexPages = paginate(
    stories.map((story) => ({ story, count: story.articles.length })),
    PAGE_SIZE * 5,
  ).map((page) => ({
    params: { path: pageParam(page.number) },
    props: { view: 'index', page } satisfies StoryRouteProps,
  }));
  const storyPages = stories.flatMap((story) =>
    paginate(story.articles.map(viewArticle), PAGE_SIZE).map((page) => ({
      params: { path: [story.id, pageParam(page.number)].filter(Boolean).join('/') },
      props: { view: 'story', story, page } satisfies StoryRouteProps,
    })),
  );
  return withCacheKeys([...indexPages, ...storyPages]);
}

/** Props of one page of "on this day". */
export interface OnThisDayProps {
  day: AnniversaryDay;
  page: Page<ArticleView>;
}

/** `/on-this-day/MM-DD/`: a calendar day's articles from every year, paginated. */
export function onThisDayRoutes() {
  const routes = anniversaries.flatMap((day) =>
    paginate(day.articles.map(viewArticle), PAGE_SIZE).map((page) => ({
      params: { monthDay: day.monthDay, page: pageParam(page.number) },
      props: { day, page } satisfies OnThisDayProps,
    })),
  );
  return withCacheKeys(routes);
}
