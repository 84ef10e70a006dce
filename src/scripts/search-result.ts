import { excerptSegments } from '@/lib/search-excerpt.ts';
import { el } from './dom.ts';
import type { PagefindResult } from './pagefind.ts';

/** One result: headline linking to the article, its date, and the excerpt with the matches marked. */
export function resultItem(result: PagefindResult): HTMLLIElement {
  const title = result.meta.title ?? result.url;
  const excerpt = el(
    'p',
    { class: 'result-excerpt' },
    ...excerptSegments(result.content, result.weighted_locations, title).map((segment) =>
      segment.mark ? el('mark', {}, segment.text) : segment.text,
    ),
  );
  return el(
    'li',
    { class: 'result' },
    el('h3', { class: 'result-title' }, el('a', { href: result.url }, title)),
    el('p', { class: 'result-date' }, result.meta.date ?? ''),
    excerpt,
  );
}
