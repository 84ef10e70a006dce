import { siteUrl } from '@/lib/site-url.ts';
import { basePath } from './href.ts';

/** The absolute URL of a site path on the published site (origin + base + path). */
export function absoluteUrl(path: string): string {
  return siteUrl(import.meta.env.SITE ?? 'http://localhost/', basePath, path);
}
