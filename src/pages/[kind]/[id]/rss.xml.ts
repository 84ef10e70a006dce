import type { APIContext } from 'astro';
import { entityFeedRoutes, feedResponse, type FeedSource } from '@/data/feeds.ts';

/** `/people/<id>/rss.xml` and likewise for organisations and events. */
export function getStaticPaths() {
  return entityFeedRoutes();
}

export function GET({ props }: APIContext<FeedSource>): Promise<Response> {
  return feedResponse(props);
}
