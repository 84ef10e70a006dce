import rss from '@astrojs/rss';
import { absoluteUrl } from '@/site/absolute-url.ts';
import { escapeMarkup } from '@/lib/escape-markup.ts';
import { feedItems, feedPath, feedText } from '@/lib/feed.ts';
import { entityPath, storyPath } from '@/lib/paths.ts';
import { ENTITY_KINDS, type Article } from '@/lib/types.ts';
import { FEED_SIZE } from '@/site/config.ts';
import { LOCALE } from '@/site/locale.ts';
import { strings } from '@/strings.ts';
import { archive } from './archive.ts';
import { withCacheKeys } from './cache-key.ts';

/** What one RSS feed is made of: its channel and the articles it draws its newest items from. */
export interface FeedSource {
  title: string;
  description: string;
  /** The page the feed belongs to and sits beside. */
  pagePath: string;
  articles: readonly Article[];
}

/** The whole archive's feed, `/rss.xml`. */
export const siteFeed: FeedSource = {
  title: strings.siteFeedTitle,
  description: strings.siteFeedDescription,
  pagePath: '/',
  articles: archive.articles,
};

/** `/<kind>/<id>/rss.xml` for every person, organisation and event with a page. */
export function entityFeedRoutes() {
  const routes = ENTITY_KINDS.flatMap((kind) =>
    archive.entityIndexes[kind].map(({ entity, articles: mentioning }) => ({
      params: { kind, id: entity.id },
      props: {
        title: strings.feedTitle(entity.name),
        description: strings.feedDescription(entity.name),
        pagePath: entityPath(kind, entity.id),
        articles: mentioning,
      } satisfies FeedSource,
    })),
  );
  return withCacheKeys(routes);
}

/** `/stories/<id>/rss.xml` for every story. */
export function storyFeedRoutes() {
  const routes = archive.stories.map((story) => ({
    params: { id: story.id },
    props: {
      title: strings.feedTitle(story.name),
      description: strings.feedDescription(story.name),
      pagePath: storyPath(story.id),
      articles: story.articles,
    } satisfies FeedSource,
  }));
  return withCacheKeys(routes);
}

/**
 * Renders a feed as RSS 2.0 with absolute links and a self link, as feed validators expect. Every
 * text goes through `feedText`, so a reader shows it as written and the XML stays legal whatever
 * an entity name or an edited article holds.
 */
export function feedResponse(source: FeedSource): Promise<Response> {
  const self = absoluteUrl(feedPath(source.pagePath));
  return rss({
    title: feedText(source.title),
    description: feedText(source.description),
    site: absoluteUrl(source.pagePath),
    items: feedItems(source.articles, FEED_SIZE, absoluteUrl),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${LOCALE.toLowerCase()}</language><atom:link href="${escapeMarkup(self)}" rel="self" type="application/rss+xml"/>`,
  });
}
