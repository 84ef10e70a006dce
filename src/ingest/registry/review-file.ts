import { z } from 'astro/zod';
import { compareNames, compareText } from '../../lib/compare.ts';
import { reviewEntrySchema, type ReviewEntry } from '../../schema/review.ts';
import { nameKey } from './name-keys.ts';

export { reviewEntrySchema, reviewReasonSchema, type ReviewEntry } from '../../schema/review.ts';

/** A name from one article that needs an editor. */
export type ReviewNote = Omit<ReviewEntry, 'articles'>;

/** Reads `review.json`; the error names the file. */
export function parseReview(text: string, file: string): ReviewEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = z.array(reviewEntrySchema).safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Adds this run's notes to the report, one entry per kind, name and reason, and drops entries an
 * editor has settled (`isSettled`, e.g. the name now belongs to exactly one entity).
 */
export function mergeReview(
  entries: readonly ReviewEntry[],
  notes: readonly { note: ReviewNote; article: string }[],
  isSettled: (entry: ReviewEntry) => boolean,
): ReviewEntry[] {
  const byKey = new Map<string, ReviewEntry>();
  const add = (entry: ReviewEntry) => {
    const key = `${entry.kind}\u0000${nameKey(entry.name)}\u0000${entry.reason}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...entry, candidates: [...entry.candidates], articles: [...entry.articles] });
      return;
    }
    seen.confidence = Math.max(seen.confidence, entry.confidence);
    seen.candidates = union(seen.candidates, entry.candidates);
    seen.articles = union(seen.articles, entry.articles);
  };
  for (const entry of entries) add(entry);
  for (const { note, article } of notes) add({ ...note, articles: [article] });
  return [...byKey.values()]
    .filter((entry) => !isSettled(entry))
    .map((entry) => ({
      ...entry,
      candidates: entry.candidates.sort(compareText),
      articles: entry.articles.sort(compareText),
    }))
    .sort(compareEntries);
}

/** The report as written: sorted, 2-space JSON with a final newline. */
export function serialiseReview(entries: readonly ReviewEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}

function compareEntries(a: ReviewEntry, b: ReviewEntry): number {
  return compareText(a.kind, b.kind) || compareNames(a.name, b.name) || compareText(a.reason, b.reason);
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}
