import { compareNewestFirst } from './compare.ts';
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

/*
 * What XML 1.0 cannot carry, even as a character reference: C0 controls other than tab, line
 * feed and carriage return, lone surrogates, and U+FFFE/U+FFFF. One such character in a headline
 * made the whole feed unreadable to every reader.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

/**
 * Text as XML 1.0 allows it, whatever an edited file holds: a control character becomes a space
 * (a form feed or vertical tab separates words), a lone surrogate or U+FFFE/U+FFFF is dropped.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, (character) => (character <= '\u001F' ? ' ' : ''));
}

/**
 * Plain text for a feed's titles and descriptions. Readers take RSS 2.0 `<description>` (and most
 * take `<title>`) as HTML, so the text is escaped as HTML here and then once more as XML by the
 * feed writer: the reader's XML parser and HTML decoder together give back exactly the text, and
 * `<Bankhaus Centrale Credit AG>` shows as written instead of vanishing as an unknown tag.
 */
export function feedText(text: string): string {
  return xmlText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
