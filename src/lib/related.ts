import { compareNewestFirst, compareText } from './compare.ts';
import type { Article } from './types.ts';

/** Another article and how strongly it relates to the one being read. */
export interface RelatedArticle {
  article: Article;
  score: number;
}

/** Entity keys of an article that count towards relatedness. */
function keysOf(article: Article): string[] {
  return [
    ...new Set([
      ...article.people.map((id) => `p:${id}`),
      ...article.organisations.map((id) => `o:${id}`),
      ...article.events.map((id) => `e:${id}`),
    ]),
  ];
}

/**
 * For every article, up to `limit` others ranked by the entities they share, each shared entity
 * weighted by its rarity (inverse document frequency: sharing an obscure official says more than
 * sharing a head of state). Ties go to the newer article, then the id.
 *
 * Entities named in more than `maxPostings` articles are skipped as evidence: they carry
 * little weight, and walking their postings for every article would make the whole pass
 * quadratic in the size of the archive.
 */
export function relatedArticles(
  articles: readonly Article[],
  limit: number,
  maxPostings = 2000,
): Map<string, RelatedArticle[]> {
  const postings = new Map<string, number[]>();
  articles.forEach((article, index) => {
    for (const key of keysOf(article)) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const total = articles.length;
  const weight = (key: string) => Math.log((total + 1) / (postings.get(key)?.length ?? 1));

  const result = new Map<string, RelatedArticle[]>();
  const scores = new Map<number, number>();
  articles.forEach((article, index) => {
    scores.clear();
    for (const key of keysOf(article)) {
      const list = postings.get(key) ?? [];
      if (list.length > maxPostings) continue;
      const w = weight(key);
      for (const other of list) if (other !== index) scores.set(other, (scores.get(other) ?? 0) + w);
    }
    const top: RelatedArticle[] = [];
    for (const [other, rawScore] of scores) {
      // Rounded so that float noise from summation order can never reorder equal scores.
      const candidate = { article: articles[other]!, score: Math.round(rawScore * 1e6) / 1e6 };
      if (top.length === limit && compareRelated(candidate, top[limit - 1]!) >= 0) continue;
      const at = top.findIndex((entry) => compareRelated(candidate, entry) < 0);
      top.splice(at === -1 ? top.length : at, 0, candidate);
      if (top.length > limit) top.pop();
    }
    result.set(article.id, top);
  });
  return result;
}

function compareRelated(a: RelatedArticle, b: RelatedArticle): number {
  return b.score - a.score || compareNewestFirst(a.article, b.article) || compareText(a.article.id, b.article.id);
}
