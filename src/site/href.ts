import { withBase } from '@/lib/paths.ts';

/** The deployment base (`/`, or the folder under the origin), as `astro.config.mjs` set it. */
export const basePath: string = import.meta.env.BASE_URL;

/** A site path with the deployment base in front, for every `href` the site renders. */
export function href(path: string): string {
  return withBase(basePath, path);
}
