import { withBase } from './paths.ts';

/**
 * The absolute URL of a site path: the origin of `site`, then the deployment base, then the path.
 * Feeds, canonical links, the sitemap and structured data need absolute URLs; everything else
 * links with site-relative paths.
 */
export function siteUrl(site: string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
