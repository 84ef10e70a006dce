import { layoutOf } from '@/lib/article-view.ts';
import { archive } from './archive.ts';

/** What the header of every page offers, from the archive; part of every page's cache key. */
export const layoutData = layoutOf(archive);
