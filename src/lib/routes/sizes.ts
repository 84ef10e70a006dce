/** How long each list of a page runs; the site's values are in `src/site/config.ts`. */
export interface RouteSizes {
  /** Items per page of every paginated list. */
  pageSize: number;
  /** Headlines per page of a day. */
  dayPageSize: number;
  /** Entries per page of an A–Z index. */
  indexPageSize: number;
  /** The latest day's headlines the home page lists. */
  latestCount: number;
  /** Leading headlines of the home page and of each month of a year page. */
  leadingCount: number;
  /** Most-mentioned people named for each month of a year page. */
  yearPeopleCount: number;
  /** Days up to the newest article's date that count as recent on the home page. */
  recentDays: number;
  /** Rows of each "in the news" list. */
  inTheNewsCount: number;
  /** Neighbours a profile's co-mention network shows. */
  networkSize: number;
  /** Articles an entity needs for its profile to draw a network. */
  networkMinArticles: number;
}
