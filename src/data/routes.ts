import { articleRoutes as articlePages } from '@/lib/routes/articles.ts';
import {
  archiveYears,
  dayRoutes as dayPages,
  monthRoutes as monthPages,
  yearRoutes as yearPages,
} from '@/lib/routes/dates.ts';
import { entityRoutes as entityPages } from '@/lib/routes/entities.ts';
import { frontPage as frontPageOf } from '@/lib/routes/front-page.ts';
import { onThisDayIndex as onThisDayIndexOf, onThisDayRoutes as onThisDayPages } from '@/lib/routes/on-this-day.ts';
import type { RouteSizes } from '@/lib/routes/sizes.ts';
import { storyRoutes as storyPages } from '@/lib/routes/stories.ts';
import type { EntityKind } from '@/lib/types.ts';
import {
  DAY_PAGE_SIZE,
  INDEX_PAGE_SIZE,
  IN_THE_NEWS_COUNT,
  LATEST_COUNT,
  LEADING_COUNT,
  NETWORK_MIN_ARTICLES,
  NETWORK_SIZE,
  PAGE_SIZE,
  RECENT_DAYS,
  YEAR_PEOPLE_COUNT,
} from '@/site/config.ts';
import { archive, entryById } from './archive.ts';
import { keyBySource, withCacheKeys } from './cache-key.ts';
import { layoutData } from './layout.ts';
import { pageWorkerCode } from './worker-code.ts';

/*
 * Route tables for getStaticPaths, built by the pure route builders of `src/lib/routes/` from the
 * archive and the site's sizes, so page files stay one line of routing. Every route carries the
 * digest of its props as its cache key, so a rebuild renders again only the pages whose data changed.
 */

const sizes: RouteSizes = {
  pageSize: PAGE_SIZE,
  dayPageSize: DAY_PAGE_SIZE,
  indexPageSize: INDEX_PAGE_SIZE,
  latestCount: LATEST_COUNT,
  leadingCount: LEADING_COUNT,
  yearPeopleCount: YEAR_PEOPLE_COUNT,
  recentDays: RECENT_DAYS,
  inTheNewsCount: IN_THE_NEWS_COUNT,
  networkSize: NETWORK_SIZE,
  networkMinArticles: NETWORK_MIN_ARTICLES,
};

function entryOf(id: string) {
  const entry = entryById.get(id);
  if (!entry) throw new Error(`article ${id} has no collection entry`);
  return entry;
}

/*
 * An article and its collection entry are made from the article's file alone (its front matter,
 * its body, and for the body's links the registry names the content loader folds into the entry's
 * digest), so the loader's digest keys both: they are listed on thousands of pages, and describing
 * every article and entry again on every build was about a third of the keys' time.
 */
for (const article of archive.articles) {
  const entry = entryOf(article.id);
  if (entry.digest === undefined) continue;
  keyBySource(entry, JSON.stringify(['entry', entry.id, entry.filePath, entry.digest]));
  keyBySource(article, JSON.stringify(['article', article.id, entry.digest]));
}

/** What the pages whose bodies or networks the page worker draws show besides their props. */
const drawnByWorker = [layoutData, pageWorkerCode];

/** Every article page with its body entry and its neighbours in time. */
export const articleRoutes = () => withCacheKeys(articlePages(archive, entryOf), drawnByWorker);

/** The archive's index: every year with its count. */
export const archiveIndex = () => archiveYears(archive);

/** Year pages. */
export const yearRoutes = () => withCacheKeys(yearPages(archive, sizes), layoutData);

/** Month pages. */
export const monthRoutes = () => withCacheKeys(monthPages(archive), layoutData);

/** Day pages, paginated. */
export const dayRoutes = () => withCacheKeys(dayPages(archive, sizes), layoutData);

/** A kind's A–Z index and profiles. */
export const entityRoutes = (kind: EntityKind) => withCacheKeys(entityPages(archive, kind, sizes), drawnByWorker);

/** The stories index and each story. */
export const storyRoutes = () => withCacheKeys(storyPages(archive, sizes), layoutData);

/** Each calendar day's "on this day". */
export const onThisDayRoutes = () => withCacheKeys(onThisDayPages(archive, sizes), layoutData);

/** The "on this day" index. */
export const onThisDayIndex = () => onThisDayIndexOf(archive);

/** The front page. */
export const frontPage = () => frontPageOf(archive, sizes);
