import { toSlug } from '../../lib/slug.ts';

/** Longest headline part of a file name, in characters; cut at a word. */
export const SLUG_MAX = 60;

/** The headline part of an article's file name: its slug, at most {@link SLUG_MAX} characters. */
export function headlineSlug(title: string): string {
  const slug = toSlug(title);
  if (slug.length <= SLUG_MAX) return slug || 'article';
  const cut = slug.lastIndexOf('-', SLUG_MAX);
  const words = slug.slice(0, cut > 0 ? cut : SLUG_MAX).split('-');
  while (words.length > 1 && DANGLING.has(words.at(-1) ?? '')) words.pop();
  return words.join('-');
}

/* Words a cut file name should not end on. */
const DANGLING = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * The article id (`2025/2025-12-04-india-russia-…`, its path under `articles/` without `.mdx`)
 * for a date and headline. When the id is taken by another article, `-2`, `-3` … are tried in
 * order, so the same inputs always get the same ids and nothing is overwritten.
 */
export function articleId(date: string, title: string, isTaken: (id: string) => boolean): string {
  const base = `${date.slice(0, 4)}/${date}-${headlineSlug(title)}`;
  if (!isTaken(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const id = `${base}-${suffix}`;
    if (!isTaken(id)) return id;
  }
}
