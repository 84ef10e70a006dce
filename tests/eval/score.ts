/** Precision, recall and F1 over counted matches. */
export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Adds one document's predicted and gold sets to running totals. */
export function tally(
  totals: { truePositives: number; predicted: number; gold: number },
  predicted: Set<string>,
  gold: Set<string>,
): void {
  totals.predicted += predicted.size;
  totals.gold += gold.size;
  for (const name of predicted) if (gold.has(name)) totals.truePositives += 1;
}

/** Turns totals into a score; an empty side scores 0 rather than NaN. */
export function score({
  truePositives,
  predicted,
  gold,
}: {
  truePositives: number;
  predicted: number;
  gold: number;
}): Score {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, gold, precision, recall, f1 };
}

/**
 * One entity per person: a one-word name that is the last word of a longer name in the same set
 * ("Simmons" beside "Phil Simmons") is the same person named again, not another entity.
 */
export function foldSurnames(names: Iterable<string>): Set<string> {
  const all = [...new Set([...names].map((name) => name.replace(/\s+/g, ' ').trim()))];
  const surnames = new Set(all.filter((name) => name.includes(' ')).map((name) => name.split(' ').at(-1)));
  return new Set(all.filter((name) => name.includes(' ') || !surnames.has(name)));
}

/** Whether an extracted name answers a gold slug: every word of the slug is a word of the name. */
export function matchesSlug(slug: string, name: string): boolean {
  const words = new Set(
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u),
  );
  return slug.split('-').every((word) => words.has(word));
}
