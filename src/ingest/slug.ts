import { toSlug } from '../lib/slug.ts';
import { remembered } from './remembered.ts';

/**
 * `toSlug` (the one normaliser of ids, `src/lib/slug.ts`) with its results remembered: resolution
 * slugs every mention and registry name it compares, and transliterating a name each time was a
 * tenth of the thread that resolves articles in order.
 */
export const slugOf: (value: string) => string = remembered(toSlug);
