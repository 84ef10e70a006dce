import { parseBuildShard } from './lib/build-shard.ts';

/** Site-wide constants. */
export const SITE_TITLE = 'Dateline';
export const SITE_DESCRIPTION = 'A news archive you can read by date, by person and by organisation.';
export const LOCALE = 'en-GB';

/**
 * Items per page of every paginated list. `DATELINE_PAGE_SIZE` lets the small test archive
 * exercise pagination; the published site uses the default.
 */
export const PAGE_SIZE = Number(process.env.DATELINE_PAGE_SIZE ?? 20);

/** How many articles the home page shows. */
export const LATEST_COUNT = 20;

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
