/**
 * What a reader is told an article came from. Ingest records the input file's name when it knows
 * nothing better (`000_d10729b1248ee5a7.txt`); that is bookkeeping, not a source, so it is not
 * shown. A publication, agency or byline (anything that is not a bare file name) is.
 */
export function readerSource(source: string | undefined): string | undefined {
  if (source === undefined) return undefined;
  const trimmed = source.trim();
  if (trimmed === '' || /^[^\s/\\]+\.(?:txt|text|md|mdx|sgm|sgml|xml|html?|json)$/i.test(trimmed)) return undefined;
  return trimmed;
}

/**
 * Whether a headline is set in capitals throughout, as wire copy of the 1980s was ("BAHIA COCOA
 * REVIEW"): lists set such headlines lighter, since bold capitals underlined are hard to scan.
 */
export function isAllCapitals(headline: string): boolean {
  const letters = headline.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && !/\p{Ll}/u.test(letters);
}
