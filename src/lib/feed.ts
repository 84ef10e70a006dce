import { compareNewestFirst } from './compare.ts';
import { escapeMarkup } from './escape-markup.ts';
import { legalText } from './legal-text.ts';
import { articlePath } from './paths.ts';
import type { Article } from './types.ts';

/** `/people/rajnath-singh/rss.xml`: a page's feed sits beside it. */
export function feedPath(pagePath: string): string {
  return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}rss.xml`;
}

/** One RSS item: what a feed reader shows for an article. */
export interface FeedItem {
  /** The headline as {@link feedText}. */
  title: string;
  /** The summary as {@link feedText}. */
  description?: string;
  pubDate: Date;
  link: string;
}

/**
 * Plain text for a feed's titles and descriptions. Readers take RSS 2.0 `<description>` (and most
 * take `<title>`) as HTML, so the text is escaped as HTML here and then once more as XML by the
 * feed writer: the reader's XML parser and HTML decoder together give back exactly the text, and
 * `<Bankhaus Centrale Credit AG>` shows as written instead of vanishing as an unknown tag.
 */
export function feedText(text: string): string {
  return escapeMarkup(legalText(text));
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
      title: feedText(article.title),
      ...(article.summary === undefined ? {} : { description: feedText(article.summary) }),
      pubDate: new Date(`${article.date}T00:00:00Z`),
      link: url(articlePath(article.id)),
    }));
}
