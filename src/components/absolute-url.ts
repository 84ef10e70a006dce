import { siteUrl } from '@/lib/site-url.ts';

/** The absolute URL of a site path on the published site (origin + base + path). */
export function absoluteUrl(path: string): string {
  return siteUrl(import.meta.env.SITE ?? 'http://localhost/', import.meta.env.BASE_URL, path);
}
