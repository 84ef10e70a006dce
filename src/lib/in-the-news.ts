import { daysBefore } from './calendar.ts';
import { compareFiled, compareText } from './compare.ts';
import type { Article, EntityId, EntityKind } from './types.ts';

/** An entity or a story and the number of articles naming it. */
export interface Named {
  id: EntityId;
  count: number;
}

/**
 * The articles of the `days` days up to and including the newest article's date: "lately" is
 * measured from the archive's own last day, not the clock, so an archive of 1987 still has a news.
 */
export function recentWindow(articles: readonly Article[], days: number): Article[] {
  let newest = '';
  for (const article of articles) if (article.date > newest) newest = article.date;
  if (!newest) return [];
  const start = daysBefore(newest, days - 1);
  return articles.filter((article) => article.date >= start);
}

/** The ids of `kind` named in the most of `articles`, most first, ties by id; at most `limit`. */
export function mostNamed(articles: readonly Article[], kind: EntityKind, limit: number): Named[] {
  const counts = new Map<EntityId, number>();
  for (const article of articles) for (const id of new Set(article[kind])) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || compareText(a.id, b.id))
    .slice(0, limit);
}

/**
 * The stories (by the id `storyOf` gives an article, if any) with the most of `articles`, more
 * than one each, most first, ties by id; at most `limit`.
 */
export function busiestStories(
  articles: readonly Article[],
  storyOf: (article: Article) => string | undefined,
  limit: number,
): Named[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const id = storyOf(article);
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, count]) => count > 1)
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || compareText(a.id, b.id))
    .slice(0, limit);
}

/**
 * The `limit` leading headlines of a set of articles: each article scores how often the people
 * and organisations it names recur across the set (an entity named once adds nothing), so the
 * stories the period was about come first and one-line tables sink; ties (newest first, then in
 * filing order) fill the list when few articles share a name.
 */
export function leadingArticles(articles: readonly Article[], limit: number): Article[] {
  const counts = new Map<string, number>();
  const keysOf = (article: Article) => [
    ...new Set([...article.people.map((id) => `p:${id}`), ...article.organisations.map((id) => `o:${id}`)]),
  ];
  for (const article of articles) for (const key of keysOf(article)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const scored = articles.map((article) => ({
    article,
    score: keysOf(article).reduce((sum, key) => sum + (counts.get(key) ?? 1) - 1, 0),
  }));
  return scored
    .sort(
      (a, b) => b.score - a.score || compareText(b.article.date, a.article.date) || compareFiled(a.article, b.article),
    )
    .slice(0, limit)
    .map((entry) => entry.article);
}
