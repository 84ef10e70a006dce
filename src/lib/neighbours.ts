import { compareOldestFirst } from './compare.ts';
import type { Article } from './types.ts';

/** The articles just before and after one article in time. */
export interface Neighbours {
  previous?: Article;
  next?: Article;
}

/**
 * Previous and next article in time for every article id, in the archive's total order (date,
 * then headline, then id), so articles published on the same day still form one chain.
 */
export function chronologicalNeighbours(articles: readonly Article[]): Map<string, Neighbours> {
  const ordered = [...articles].sort(compareOldestFirst);
  const result = new Map<string, Neighbours>();
  ordered.forEach((article, index) => {
    result.set(article.id, { previous: ordered[index - 1], next: ordered[index + 1] });
  });
  return result;
}
