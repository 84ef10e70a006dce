/**
 * Seeded randomness for the synthetic archive: the same seed gives the same archive on every
 * machine, so runs can be compared.
 */

/** A random source: each call returns a number in [0, 1). */
export type Random = () => number;

/** Mulberry32: small, fast and good enough to pick words; not for anything secret. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max], both included. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One item of a non-empty list. */
export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** The list in a random order (Fisher–Yates), leaving the input untouched. */
export function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * Draws indexes 0…size-1 with Zipf-like popularity: index r is chosen with weight 1/(r+1)^s, so a
 * few are everywhere and most appear a handful of times, as people and companies do in news.
 */
export function zipf(size: number, exponent = 1): (random: Random) => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1) ** exponent;
    cumulative[rank] = total;
  }
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** `count` different indexes from a sampler (fewer only when the pool is smaller than `count`). */
export function distinct(random: Random, draw: (random: Random) => number, count: number, pool: number): number[] {
  const chosen = new Set<number>();
  const wanted = Math.min(count, pool);
  while (chosen.size < wanted) chosen.add(draw(random));
  return [...chosen];
}
