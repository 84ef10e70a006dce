import { feedResponse, siteFeed } from '@/data/feeds.ts';

/** `/rss.xml`: the newest articles of the whole archive. */
export function GET(): Promise<Response> {
  return feedResponse(siteFeed);
}
