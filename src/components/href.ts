import { withBase } from '@/lib/paths.ts';

/** A site path with the deployment base in front, for every `href` the site renders. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
