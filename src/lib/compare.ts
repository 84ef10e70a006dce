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

function foldForSort(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
