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
  const keys = articles.map(keysOf);
  const postings = new Map<string, number[]>();
  keys.forEach((articleKeys, index) => {
    for (const key of articleKeys) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const total = articles.length;
  const weights = new Map([...postings].map(([key, list]) => [key, Math.log((total + 1) / list.length)]));

  const result = new Map<string, RelatedArticle[]>();
  // Scores live in one array indexed like `articles`, reset after each article: an archive of
  // tens of thousands of articles scores hundreds of millions of pairs, too many for a Map.
  // Every weight is positive (no entity is in more than all articles), so 0 means "not reached".
  const scores = new Float64Array(total);
  const reached: number[] = [];
  keys.forEach((articleKeys, index) => {
    reached.length = 0;
    for (const key of articleKeys) {
      const list = postings.get(key) ?? [];
      if (list.length > maxPostings) continue;
      const weight = weights.get(key) ?? 0;
      for (const other of list) {
        if (other === index) continue;
        if (scores[other] === 0) reached.push(other);
        scores[other] = (scores[other] ?? 0) + weight;
      }
    }
    const top: RelatedArticle[] = [];
    for (const other of reached) {
      // Rounded so that float noise from summation order can never reorder equal scores.
      const score = Math.round((scores[other] ?? 0) * 1e6) / 1e6;
      scores[other] = 0;
      // Most reached articles score below the current last place: skip them before comparing dates.
      if (top.length === limit && score < top[limit - 1]!.score) continue;
      const candidate = { article: articles[other]!, score };
      if (top.length === limit && compareRelated(candidate, top[limit - 1]!) >= 0) continue;
      const at = top.findIndex((entry) => compareRelated(candidate, entry) < 0);
      top.splice(at === -1 ? top.length : at, 0, candidate);
      if (top.length > limit) top.pop();
    }
    result.set(articles[index]!.id, top);
  });
  return result;
}

function compareRelated(a: RelatedArticle, b: RelatedArticle): number {
  return b.score - a.score || compareNewestFirst(a.article, b.article) || compareText(a.article.id, b.article.id);
}
