import { parseBuildShard } from '../lib/build-shard.ts';

/**
 * Site-wide constants, and the one place that reads the environment for the site's configuration
 * (`astro.config.mjs` aside, which Astro loads before any of this).
 */
export const SITE_TITLE = 'Dateline';
export const SITE_DESCRIPTION = 'A news archive you can read by date, by person and by organisation.';

/**
 * Items per page of every paginated list. `DATELINE_PAGE_SIZE` lets the small test archive
 * exercise pagination; the published site uses the default.
 */
export const PAGE_SIZE = Number(process.env.DATELINE_PAGE_SIZE ?? 20);

/**
 * Headlines per page of a day's compact list: about two screens on a desktop and three on a
 * phone, as long as a page of the other lists, where 200 made a busy wire day's page ten screens
 * tall. `DATELINE_DAY_PAGE_SIZE` lets the small test archive paginate a day.
 */
export const DAY_PAGE_SIZE = Number(process.env.DATELINE_DAY_PAGE_SIZE ?? 50);

/** Entries per page of an A–Z index; `DATELINE_INDEX_PAGE_SIZE` lets the test archive paginate one. */
export const INDEX_PAGE_SIZE = Number(process.env.DATELINE_INDEX_PAGE_SIZE ?? PAGE_SIZE * 5);

/** How many of the latest day's headlines the home page lists before linking to the day. */
export const LATEST_COUNT = 30;

/** How many leading headlines the home page and each month of a year page show first. */
export const LEADING_COUNT = 5;

/** How many of each month's most-mentioned people a year page names. */
export const YEAR_PEOPLE_COUNT = 5;

/** "Lately" on the home page: the days up to the newest article's date. */
export const RECENT_DAYS = 7;

/** How many people, organisations and stories "in the news" lists show. */
export const IN_THE_NEWS_COUNT = 8;

/** How many co-mentioned entities a profile lists per kind. */
export const CO_MENTION_LIMIT = 12;

/** How many neighbours a profile's co-mention network shows. */
export const NETWORK_SIZE = 12;

/**
 * Profiles of entities seen in fewer articles show no network picture: every tie would count one
 * article, which the list of co-mentions already says, and the layout is the costliest part of a
 * profile page.
 */
export const NETWORK_MIN_ARTICLES = 2;

/** How many related articles an article page lists. */
export const RELATED_LIMIT = 5;

/** How many of the newest articles each RSS feed lists. */
export const FEED_SIZE = 50;

/**
 * Which share of the pages this build renders: `DATELINE_SHARD=2/3` renders the second third,
 * so that several processes or machines can build one archive together (see `src/build/`).
 * Unset, the build renders every page.
 */
export const BUILD_SHARD = parseBuildShard(process.env.DATELINE_SHARD);

/**
 * The folder the site is built from. `DATELINE_CONTENT` lets tests and benchmarks build another
 * archive (a fixture, a synthetic one) with the same code; everyone else gets `content/`. It may
 * be relative to the project root or absolute, inside the project or anywhere else: loaders
 * resolve it against the root, never join it to the root.
 */
export const contentDir = process.env.DATELINE_CONTENT ?? 'content';

/**
 * Astro's cache folder for a content folder, relative to the project root: each archive keeps its
 * own, so builds of different archives never reuse each other's entries or pages.
 */
export function cacheDirFor(content: string): string {
  return content === 'content'
    ? './node_modules/.astro'
    : `./node_modules/.astro/${content.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** Where a build publishes the site: `DATELINE_OUT` lets tests and benchmarks build elsewhere. */
export const outDir = process.env.DATELINE_OUT ?? 'dist';

/**
 * Most articles one Pagefind index holds. Pagefind keeps a whole index in memory while it builds
 * it (about 0.4 KB per word of text), so a large archive is indexed in shards of consecutive
 * months, one after another, and the search page merges them. `DATELINE_SEARCH_SHARD_SIZE` lets
 * the small test archive exercise the merge.
 */
export const SEARCH_SHARD_SIZE = Number(process.env.DATELINE_SEARCH_SHARD_SIZE ?? 4000);
