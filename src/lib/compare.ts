/**
 * Total orders shared by every sort on the site, so the same content always yields the same
 * order and byte-identical HTML. Comparisons use code-unit order rather than the locale, which
 * can differ between machines.
 */

/** Compares two strings by code unit; 0 only when they are equal. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares display names case-insensitively first, then exactly, so "de Gaulle" sorts with "D". */
export function compareNames(a: string, b: string): number {
  return compareText(foldForSort(a), foldForSort(b)) || compareText(a, b);
}

interface Dated {
  date: string;
  title: string;
  id: string;
}

/** Newest first, then headline A–Z, then id: the order of every article list. */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return compareText(b.date, a.date) || compareNames(a.title, b.title) || compareText(a.id, b.id);
}

/** Oldest first, then headline, then id: the reading order of a story or an archive walk. */
export function compareOldestFirst(a: Dated, b: Dated): number {
  return compareText(a.date, b.date) || compareNames(a.title, b.title) || compareText(a.id, b.id);
}

interface Filed {
  source?: string;
  id: string;
}

/**
 * Filing order: the order a day's articles came in. Ingest keeps each article's source file name,
 * and wire services number their files as they file them, so the names compared with their numbers
 * read as numbers (`9.txt` before `10.txt`) give that order; articles with no source come after,
 * and the id decides between equal names, so the order is total.
 */
export function compareFiled(a: Filed, b: Filed): number {
  if (a.source === undefined || b.source === undefined) {
    if (a.source !== b.source) return a.source === undefined ? 1 : -1;
    return compareText(a.id, b.id);
  }
  return compareNatural(a.source, b.source) || compareText(a.id, b.id);
}

/** Compares strings with runs of digits read as numbers (`a2` before `a10`); 0 only when equal. */
export function compareNatural(a: string, b: string): number {
  const partsA = a.match(/\d+|\D+/g) ?? [];
  const partsB = b.match(/\d+|\D+/g) ?? [];
  for (let index = 0; index < Math.min(partsA.length, partsB.length); index += 1) {
    const x = partsA[index] as string;
    const y = partsB[index] as string;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      // Compared as digit strings without leading zeros, so numbers of any length stay exact.
      const [p, q] = [x.replace(/^0+(?=\d)/, ''), y.replace(/^0+(?=\d)/, '')];
      const byValue = p.length - q.length || compareText(p, q);
      if (byValue !== 0) return byValue;
    } else return compareText(x, y);
  }
  return partsA.length - partsB.length || compareText(a, b);
}

interface Named {
  name: string;
  id: string;
}

/** A–Z by display name, then id. */
export function compareByName(a: Named, b: Named): number {
  return compareNames(a.name, b.name) || compareText(a.id, b.id);
}

/** Larger count first, then A–Z by name, then id. */
export function compareByCountThenName(a: Named & { count: number }, b: Named & { count: number }): number {
  return b.count - a.count || compareByName(a, b);
}

/** Suffixes that follow a surname rather than being one ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * The key a person is filed under in an index: the surname, then the rest of the name, so
 * "Rajnath Singh" sorts as "Singh Rajnath" under S. The display name is never changed.
 */
export function surnameKey(name: string): string {
  const words = name.trim().split(/\s+/);
  let end = words.length;
  while (end > 1 && NAME_SUFFIXES.has((words[end - 1] as string).toLowerCase())) end -= 1;
  if (end <= 1) return name.trim();
  return [words[end - 1], ...words.slice(0, end - 1), ...words.slice(end)].join(' ');
}

/** A–Z by surname (see `surnameKey`), then by the full name, then id. */
export function compareBySurname(a: Named, b: Named): number {
  return compareNames(surnameKey(a.name), surnameKey(b.name)) || compareByName(a, b);
}

/** The letter an index files a key under: A–Z with accents folded, `#` for anything else. */
export function indexLetter(key: string): string {
  const first = foldForSort(key.trim()).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** A text with accents and case folded away ("Émile" → "emile"), for comparing and matching names. */
export function foldForSort(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
