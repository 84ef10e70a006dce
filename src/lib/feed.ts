import { compareNewestFirst } from './compare.ts';
import { articlePath } from './paths.ts';
import type { Article } from './types.ts';

/** `/people/rajnath-singh/rss.xml`: a page's feed sits beside it. */
export function feedPath(pagePath: string): string {
  return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}rss.xml`;
}

/** One RSS item: what a feed reader shows for an article. */
export interface FeedItem {
  title: string;
  description?: string;
  pubDate: Date;
  link: string;
}

/**
 * The newest `limit` articles as feed items. `url` turns a site path into an absolute URL (feed
 * readers resolve nothing). Calendar dates become midnight UTC, so a feed says the same day in
 * every time zone the build runs in.
 */
export function feedItems(articles: readonly Article[], limit: number, url: (path: string) => string): FeedItem[] {
  return [...articles]
    .sort(compareNewestFirst)
    .slice(0, limit)
    .map((article) => ({
      title: article.title,
      description: article.summary,
      pubDate: new Date(`${article.date}T00:00:00Z`),
      link: url(articlePath(article.id)),
    }));
}
