import type { APIContext } from 'astro';
import { feedResponse, storyFeedRoutes, type FeedSource } from '@/data/feeds.ts';

/** `/stories/<id>/rss.xml`. */
export function getStaticPaths() {
  return storyFeedRoutes();
}

export function GET({ props }: APIContext<FeedSource>): Promise<Response> {
  return feedResponse(props);
}
