/*
 * What neither XML 1.0 nor HTML takes as text: C0 controls other than tab, line feed and carriage
 * return (XML cannot hold them even as character references; HTML reads them as parse errors),
 * lone surrogates, and U+FFFE/U+FFFF. Ingest refuses them, but a file can be edited by hand, and
 * one such character in a headline made the whole feed unreadable to every reader.
 */
const NOT_TEXT =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;

/**
 * Text as XML 1.0 allows it, whatever an edited file holds: a control character becomes a space
 * (a form feed or vertical tab separates words), a lone surrogate or U+FFFE/U+FFFF is dropped.
 */
export function legalText(text: string): string {
  return text.replace(NOT_TEXT, (character) => (character <= '\u001F' ? ' ' : ''));
}
