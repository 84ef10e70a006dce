import { keepingCollator } from './kept-collator.ts';

/*
 * Loaded with `node --import` before `astro build` (see steps.ts): `localeCompare` with the locale
 * "en" and `{ numeric: true }`, the call @astrojs/sitemap sorts the site's URLs with, compares with
 * one kept collator instead of building one per call (kept-collator.ts).
 */
Object.defineProperty(String.prototype, 'localeCompare', {
  configurable: true,
  writable: true,
  enumerable: false,
  value: keepingCollator(String.prototype.localeCompare),
});
