import { foldForSort } from './compare.ts';

/** A search result's excerpt, cut from the article's plain text as Pagefind indexed it. */

/** A run of excerpt text, marked where it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A word Pagefind matched, by its number in the page's text, and how much it counts. */
export interface WeightedLocation {
  location: number;
  balanced_score: number;
}

/* Pagefind's own word separators, so that word numbers agree with the locations it reports. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/**
 * The excerpt of a result: the `length` words of its plain text (`content`) that hold the most
 * matches, the matched words marked, "…" where the text goes on. The text starts with the headline,
 * and often with the first sentence the headline was made from: those leading copies of `title`
 * are left out, since the result shows the headline above its excerpt ("…" in front when the
 * sentence goes on past the headline). Built from Pagefind's plain
 * text rather than its HTML excerpt, so what the page shows is exactly the article's text.
 */
export function excerptSegments(
  content: string,
  locations: readonly WeightedLocation[],
  title: string,
  length = 36,
): Segment[] {
  const words = content.split(WORD_SEPARATORS);
  const { from, cut } = afterHeadline(words, title);
  const weights = new Map<number, number>();
  for (const { location, balanced_score } of locations) {
    if (location >= from) weights.set(location, (weights.get(location) ?? 0) + balanced_score);
  }
  const start = densestWindow(weights, from, words.length, length);
  const end = Math.min(words.length, start + length);
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  if (start > from || cut) push('… ', false);
  for (let index = start; index < end; index += 1) {
    const word = words[index] ?? '';
    if (word === '') continue;
    if (index > start && segments.length > 0) push(' ', false);
    push(word, weights.has(index));
  }
  if (end < words.length && segments.length > 0) push(' …', false);
  return segments.filter((segment) => segment.text !== '');
}

const comparable = (word: string) => foldForSort(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/*
 * The number of the first word after up to two leading copies of the headline (heading, first
 * sentence), and whether that word continues a sentence the headline was cut from.
 */
function afterHeadline(words: readonly string[], title: string): { from: number; cut: boolean } {
  const heading = title.split(WORD_SEPARATORS).filter(Boolean).map(comparable);
  let at = 0;
  let cut = false;
  while (words[at] === '') at += 1;
  for (let copy = 0; copy < 2 && heading.length > 0; copy += 1) {
    if (!heading.every((word, offset) => comparable(words[at + offset] ?? '') === word)) break;
    at += heading.length;
    cut = copy === 1 && at < words.length && !/[.!?]["'”’)]*$/u.test(words[at - 1] ?? '');
  }
  return { from: at, cut };
}

/*
 * The first word of the window of `length` words from `from` on with the largest total weight. Of
 * a run of equally good windows the middle one is taken, as Pagefind does, so a lone match has words
 * on both sides of it.
 */
function densestWindow(weights: ReadonlyMap<number, number>, from: number, total: number, length: number): number {
  if (weights.size === 0) return from;
  const last = Math.max(from, total - length);
  let sum = 0;
  for (let index = from; index < Math.min(total, from + length); index += 1) sum += weights.get(index) ?? 0;
  let bestSum = sum;
  let run = [from, from];
  for (let start = from + 1; start <= last; start += 1) {
    sum += (weights.get(start + length - 1) ?? 0) - (weights.get(start - 1) ?? 0);
    if (sum > bestSum) {
      bestSum = sum;
      run = [start, start];
    } else if (sum === bestSum && run[1] === start - 1) run[1] = start;
  }
  return Math.floor(((run[0] ?? from) + (run[1] ?? from)) / 2);
}
