import { compareOldestFirst, indexLetter, surnameKey } from '@/lib/compare.ts';
import { letterAnchor, letterLinks, type LetterLink } from '@/lib/letters.ts';
import { paginate, pageParam, type Page } from '@/lib/paginate.ts';
import type { DayGroup } from '@/lib/by-date.ts';
import { monthCalendar, type CalendarWeek } from '@/lib/calendar.ts';
import { busiestStories, leadingArticles, mostNamed, recentWindow, type Named } from '@/lib/in-the-news.ts';
import type { EntityEntry } from '@/lib/by-entity.ts';
import { entityKey, type CoMention } from '@/lib/co-occurrence.ts';
import type { NetworkInput } from '@/lib/network-layout.ts';
import type { EntityKind } from '@/lib/types.ts';
import { articleTimeline, rolesSeen, type RoleSeen, type Timeline } from '@/lib/profile.ts';
import {
  DAY_PAGE_SIZE,
  INDEX_PAGE_SIZE,
  IN_THE_NEWS_COUNT,
  LATEST_COUNT,
  RECENT_DAYS,
  LEADING_COUNT,
  NETWORK_MIN_ARTICLES,
  NETWORK_SIZE,
  PAGE_SIZE,
  YEAR_PEOPLE_COUNT,
} from '@/site/config.ts';
import type { Story } from '@/lib/stories.ts';
import type { AnniversaryDay } from '@/lib/on-this-day.ts';
import { archive, entryById } from './archive.ts';
import { withCacheKeys } from './cache-key.ts';
import type { ArticleView, EntityLink } from '@/lib/article-view.ts';
import { layoutData } from './layout.ts';
import { entityLink, viewArticle } from './views.ts';

const {
  anniversaries,
  anniversaryNeighbours,
  articles,
  awaitingReview,
  coMentions,
  dateTree,
  dayNeighbours,
  entityIndexes,
  monthNeighbours,
  neighbours,
  relatedById,
  seriesById,
  stories,
  storyPositionById,
  yearNeighbours,
} = archive;

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
  return withCacheKeys(routes, layoutData);
}

/** One month on its year's page: its count, its most-mentioned people and its leading headlines. */
export interface MonthSummary {
  yearMonth: string;
  count: number;
  people: (EntityLink & { count: number })[];
  headlines: ArticleView[];
}

/** Props of a year page. */
export interface YearPageProps {
  year: string;
  count: number;
  months: MonthSummary[];
  previous?: string;
  next?: string;
}

/** Year pages: each month summarised, and the years either side. */
export function yearRoutes() {
  const routes = dateTree.map((year) => {
    const around = yearNeighbours.get(year.year);
    const months = year.months.map((month) => {
      const inMonth = month.days.flatMap((day) => day.articles);
      return {
        yearMonth: month.yearMonth,
        count: month.count,
        people: namedLinks(mostNamed(inMonth, 'people', YEAR_PEOPLE_COUNT + 2), 'people').slice(0, YEAR_PEOPLE_COUNT),
        headlines: leadingArticles(inMonth, LEADING_COUNT).map(viewArticle),
      };
    });
    const props: YearPageProps = {
      year: year.year,
      count: year.count,
      months,
      previous: around?.previous?.year,
      next: around?.next?.year,
    };
    return { params: { year: year.year }, props };
  });
  return withCacheKeys(routes, layoutData);
}

/** Props of a month page: its calendar with each day's count, and the months either side. */
export interface MonthPageProps {
  yearMonth: string;
  count: number;
  weeks: CalendarWeek[];
  previous?: string;
  next?: string;
}

/** Month pages. */
export function monthRoutes() {
  const routes = dateTree.flatMap((year) =>
    year.months.map((month) => {
      const around = monthNeighbours.get(month.yearMonth);
      const counts = new Map(month.days.map((day) => [day.date, day.articles.length]));
      const props: MonthPageProps = {
        yearMonth: month.yearMonth,
        count: month.count,
        weeks: monthCalendar(month.yearMonth, counts),
        previous: around?.previous?.yearMonth,
        next: around?.next?.yearMonth,
      };
      return { params: { year: year.year, month: month.yearMonth.slice(5, 7) }, props };
    }),
  );
  return withCacheKeys(routes, layoutData);
}

/** Props of one page of a day's headlines. */
export interface DayPageProps {
  /** `YYYY-MM-DD`. */
  date: string;
  page: Page<ArticleView>;
  /** The days with articles before and after. */
  previous?: { date: string; count: number };
  next?: { date: string; count: number };
}

/** Day pages: the day's headlines in filing order, paginated. */
export function dayRoutes() {
  const routes = dateTree.flatMap((year) =>
    year.months.flatMap((month) =>
      month.days.flatMap((day) => {
        const around = dayNeighbours.get(day.date);
        const side = (other?: DayGroup) => other && { date: other.date, count: other.articles.length };
        return paginate(day.articles.map(viewArticle), DAY_PAGE_SIZE).map((page) => ({
          params: {
            year: year.year,
            month: month.yearMonth.slice(5, 7),
            day: day.date.slice(8, 10),
            page: pageParam(page.number),
          },
          props: {
            date: day.date,
            page,
            previous: side(around?.previous),
            next: side(around?.next),
          } satisfies DayPageProps,
        }));
      }),
    ),
  );
  return withCacheKeys(routes, layoutData);
}

/** Resolves counted ids to links, leaving out entities without a page (rejected ones). */
export function namedLinks(named: Named[], kind: EntityKind): (EntityLink & { count: number })[] {
  return named
    .map((entry) => ({ ...entityLink(kind, entry.id), count: entry.count }))
    .filter((link) => link.path !== undefined);
}

/** One row of an A–Z entity index. */
export interface EntityIndexRow {
  link: EntityLink;
  count: number;
}

/** The rows of one index page under one letter; `anchor` is set where the letter starts. */
export interface LetterGroup {
  letter: string;
  anchor?: string;
  rows: EntityIndexRow[];
}

/** Props of an entity route: either a page of the A–Z index or a page of one profile. */
export type EntityRouteProps =
  | { view: 'index'; kind: EntityKind; page: Page<EntityIndexRow>; groups: LetterGroup[]; letters: LetterLink[] }
  | {
      view: 'profile';
      kind: EntityKind;
      entry: EntityEntry;
      page: Page<ArticleView>;
      coPeople: (EntityLink & { count: number })[];
      coOrganisations: (EntityLink & { count: number })[];
      coEvents: (EntityLink & { count: number })[];
      roles: RoleSeen[];
      timeline: Timeline;
      /** First and last dates the entity appears in the archive. */
      span: { first: string; last: string };
      /** Events only: the previous and next event of its numbered series. */
      series?: { previous?: EntityLink; next?: EntityLink };
      /** Absent for an entity in too few articles for a picture to say anything. */
      network?: NetworkInput;
      /** Articles with a name that may be this entity, left for an editor and not counted here. */
      awaitingReview: number;
    };

/**
 * `/people/`, `/people/2/` … (the A–Z index) and `/people/<id>/`, `/people/<id>/2/` … (profiles)
 * share one catch-all route; all-digit entity ids are refused by the registry checks.
 */
export function entityRoutes(kind: EntityKind) {
  const entries = entityIndexes[kind];
  const rows = entries.map((entry) => ({ link: entityLink(kind, entry.entity.id), count: entry.articles.length }));
  // People are filed by surname (the order `entityIndexes` already has), everything else by name.
  const letters = entries.map((entry) =>
    indexLetter(kind === 'people' ? surnameKey(entry.entity.name) : entry.entity.name),
  );
  const letterBar = letterLinks(letters, INDEX_PAGE_SIZE);
  const indexPages = paginate(rows, INDEX_PAGE_SIZE).map((page) => {
    const groups: LetterGroup[] = [];
    page.items.forEach((row, offset) => {
      const index = page.start + offset;
      const letter = letters[index] as string;
      if (groups.at(-1)?.letter !== letter) {
        const starts = index === 0 || letters[index - 1] !== letter;
        groups.push({ letter, anchor: starts ? letterAnchor(letter) : undefined, rows: [] });
      }
      groups.at(-1)?.rows.push(row);
    });
    return {
      params: { path: pageParam(page.number) },
      props: { view: 'index', kind, page, groups, letters: letterBar } satisfies EntityRouteProps,
    };
  });
  const profilePages = entries.flatMap((entry) => {
    const related = coMentions.get(entityKey(kind, entry.entity.id)) ?? [];
    const coPeople = linksOf(related, 'people');
    const coOrganisations = linksOf(related, 'organisations');
    const coEvents = linksOf(related, 'events');
    const roles = kind === 'people' ? rolesSeen(entry.entity.id, entry.articles) : [];
    const timeline = articleTimeline(entry.articles);
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
        awaitingReview: awaitingReview.get(entityKey(kind, entry.entity.id))?.size ?? 0,
      } satisfies EntityRouteProps,
    }));
  });
  return withCacheKeys([...indexPages, ...profilePages], layoutData);
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
    INDEX_PAGE_SIZE,
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
  return withCacheKeys([...indexPages, ...storyPages], layoutData);
}

/** Props of one page of "on this day". */
export interface OnThisDayProps {
  day: AnniversaryDay;
  page: Page<ArticleView>;
  /** The calendar days with articles before and after (`MM-DD`). */
  previous?: string;
  next?: string;
}

/** `/on-this-day/MM-DD/`: a calendar day's articles from every year, paginated. */
export function onThisDayRoutes() {
  const routes = anniversaries.flatMap((day) => {
    const around = anniversaryNeighbours.get(day.monthDay);
    return paginate(day.articles.map(viewArticle), PAGE_SIZE).map((page) => ({
      params: { monthDay: day.monthDay, page: pageParam(page.number) },
      props: {
        day,
        page,
        previous: around?.previous?.monthDay,
        next: around?.next?.monthDay,
      } satisfies OnThisDayProps,
    }));
  });
  return withCacheKeys(routes, layoutData);
}

/** `/on-this-day/`: every calendar day with articles, by month (`MM`), with counts. */
export function onThisDayIndex(): { month: string; days: { monthDay: string; count: number }[] }[] {
  const months: { month: string; days: { monthDay: string; count: number }[] }[] = [];
  for (const day of anniversaries) {
    const month = day.monthDay.slice(0, 2);
    if (months.at(-1)?.month !== month) months.push({ month, days: [] });
    months.at(-1)?.days.push({ monthDay: day.monthDay, count: day.articles.length });
  }
  return months;
}

/** Everything the front page shows, from the archive's newest day back. */
export function frontPage() {
  const latestYear = dateTree[0];
  const latestMonth = latestYear?.months.at(-1);
  const latestDay = latestMonth?.days.at(-1);
  if (!latestDay) return undefined;
  const leading = leadingArticles(latestDay.articles, LEADING_COUNT);
  const shown = new Set(leading);
  const window = recentWindow(articles, RECENT_DAYS);
  const storyById = new Map(stories.map((story) => [story.id, story]));
  const monthsNewestFirst = dateTree.flatMap((year) => [...year.months].reverse());
  const earlierDays: { date: string; count: number }[] = [];
  for (let day = dayNeighbours.get(latestDay.date)?.previous; day && earlierDays.length < RECENT_DAYS;) {
    earlierDays.push({ date: day.date, count: day.articles.length });
    day = dayNeighbours.get(day.date)?.previous;
  }
  return {
    date: latestDay.date,
    count: latestDay.articles.length,
    leading: leading.map(viewArticle),
    headlines: latestDay.articles
      .filter((article) => !shown.has(article))
      .slice(0, LATEST_COUNT)
      .map(viewArticle),
    window: { first: window.reduce((min, a) => (a.date < min ? a.date : min), latestDay.date), last: latestDay.date },
    people: namedLinks(mostNamed(window, 'people', IN_THE_NEWS_COUNT * 2), 'people').slice(0, IN_THE_NEWS_COUNT),
    organisations: namedLinks(mostNamed(window, 'organisations', IN_THE_NEWS_COUNT * 2), 'organisations').slice(
      0,
      IN_THE_NEWS_COUNT,
    ),
    stories: busiestStories(window, (article) => storyPositionById.get(article.id)?.story.id, IN_THE_NEWS_COUNT).map(
      (named) => ({ id: named.id, name: storyById.get(named.id)?.name ?? named.id, count: named.count }),
    ),
    earlierDays,
    months: monthsNewestFirst.slice(0, 6).map((month) => ({ yearMonth: month.yearMonth, count: month.count })),
    years: dateTree.map((year) => ({ year: year.year, count: year.count })),
  };
}
