/*
 * Ingest normalises the same few thousand names and titles over and over (each registry name on
 * every lookup, each mention several times per article), and the normalisers are pure functions of
 * one string. Remembering their results costs a map lookup instead of a chain of regular
 * expressions, Unicode normalisation or transliteration. The map is emptied once it holds `limit`
 * entries, so a long run's memory stays bounded whatever text it meets.
 */

/** `compute` with its results remembered per argument (at most `limit` of them at a time). */
export function remembered<T>(compute: (value: string) => T, limit = 50_000): (value: string) => T {
  const known = new Map<string, T>();
  return (value) => {
    const found = known.get(value);
    if (found !== undefined || known.has(value)) return found as T;
    const result = compute(value);
    if (known.size >= limit) known.clear();
    known.set(value, result);
    return result;
  };
}
