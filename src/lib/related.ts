import { compareNewestFirst } from './compare.ts';
import { entityPostings } from './postings.ts';
import type { Article } from './types.ts';

/** Another article and how strongly it relates to the one being read. */
export interface RelatedArticle {
  article: Article;
  score: number;
}

/**
 * Each article's place in the order ties are broken in (newest first, then headline, then id),
 * so that ranking compares two numbers instead of dates and folded headlines. The archive hands
 * its articles over in that order already, which one pass confirms; any other order is sorted.
 */
function tieRanks(articles: readonly Article[]): Int32Array {
  const ranks = new Int32Array(articles.length);
  let sorted = true;
  for (let index = 1; index < articles.length && sorted; index += 1) {
    sorted = compareNewestFirst(articles[index - 1]!, articles[index]!) <= 0;
  }
  if (sorted) {
    for (let index = 0; index < articles.length; index += 1) ranks[index] = index;
    return ranks;
  }
  const order = articles.map((_, index) => index);
  order.sort((a, b) => compareNewestFirst(articles[a]!, articles[b]!) || a - b);
  order.forEach((index, rank) => (ranks[index] = rank));
  return ranks;
}

/**
 * For every article, up to `limit` others ranked by the entities they share, each shared entity
 * weighted by its rarity (inverse document frequency: sharing an obscure official says more than
 * sharing a head of state). Ties go to the newer article, then the headline, then the id.
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
  const total = articles.length;
  const { keyStart, keys, postingStart, postings } = entityPostings(articles);
  const entityCount = postingStart.length - 1;
  const weights = new Float64Array(entityCount);
  for (let key = 0; key < entityCount; key += 1) {
    weights[key] = Math.log((total + 1) / (postingStart[key + 1]! - postingStart[key]!));
  }
  const ranks = tieRanks(articles);

  const result = new Map<string, RelatedArticle[]>();
  // Scores live in one array indexed like `articles`, reset after each article: an archive of
  // tens of thousands of articles scores hundreds of millions of pairs, too many for a Map.
  // Every weight is positive (no entity is in more than all articles), so 0 means "not reached".
  const scores = new Float64Array(total);
  const reached = new Int32Array(total);
  // The best `limit` so far, best first, as indexes and their rounded scores.
  const topIndex = new Int32Array(limit);
  const topScore = new Float64Array(limit);
  for (let index = 0; index < total; index += 1) {
    let reachedCount = 0;
    for (let at = keyStart[index]!; at < keyStart[index + 1]!; at += 1) {
      const key = keys[at]!;
      const start = postingStart[key]!;
      const end = postingStart[key + 1]!;
      if (end - start > maxPostings) continue;
      const weight = weights[key]!;
      for (let posting = start; posting < end; posting += 1) {
        const other = postings[posting]!;
        if (other === index) continue;
        if (scores[other] === 0) reached[reachedCount++] = other;
        scores[other] = scores[other]! + weight;
      }
    }
    let count = 0;
    for (let at = 0; at < reachedCount; at += 1) {
      const other = reached[at]!;
      // Rounded so that float noise from summation order can never reorder equal scores.
      const score = Math.round(scores[other]! * 1e6) / 1e6;
      scores[other] = 0;
      // Most reached articles rank below the current last place: skip them before moving any.
      if (count === limit && !ranksBefore(score, ranks[other]!, topScore[limit - 1]!, ranks[topIndex[limit - 1]!]!))
        continue;
      let slot = count < limit ? count++ : limit - 1;
      while (slot > 0 && ranksBefore(score, ranks[other]!, topScore[slot - 1]!, ranks[topIndex[slot - 1]!]!)) {
        topIndex[slot] = topIndex[slot - 1]!;
        topScore[slot] = topScore[slot - 1]!;
        slot -= 1;
      }
      topIndex[slot] = other;
      topScore[slot] = score;
    }
    const top: RelatedArticle[] = [];
    for (let slot = 0; slot < count; slot += 1)
      top.push({ article: articles[topIndex[slot]!]!, score: topScore[slot]! });
    result.set(articles[index]!.id, top);
  }
  return result;
}

/** Whether a score and tie rank come before another: the higher score, then the lower rank. */
function ranksBefore(score: number, rank: number, otherScore: number, otherRank: number): boolean {
  return score > otherScore || (score === otherScore && rank < otherRank);
}
