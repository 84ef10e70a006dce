/**
 * The parts of an article page that Pagefind reads: the `data-pagefind-body` element and the
 * hidden facets block after it, the `<html>` tag (its language), the `<title>`, every `<h1>` and
 * `<img>` (its default title and image), in the page's order. The lists around the text (related
 * articles, neighbours) change when another article is added, but are not indexed, so they must not
 * make a shard look changed; and these parts alone are what the search step sends Pagefind, a
 * third of the page's bytes, for the same index. When a page is not laid out as expected (any
 * `data-pagefind-` attribute outside those parts), the whole page counts, which is never wrong,
 * only slower.
 */
export function searchedParts(html: string): string {
  const bodyAt = html.indexOf(' data-pagefind-body');
  const facetsAt = html.indexOf('data-search-facets', bodyAt);
  if (bodyAt < 0 || facetsAt < 0) return html;
  const start = html.lastIndexOf('<', bodyAt);
  const end = html.indexOf('</div>', facetsAt) + '</div>'.length;
  for (let at = html.indexOf('data-pagefind-'); at >= 0; at = html.indexOf('data-pagefind-', at + 1)) {
    if (at < start || at >= end) return html;
  }
  const tags = (outside: string) =>
    outside.match(/<html[^>]*>|<title[\s\S]*?<\/title>|<h1[\s\S]*?<\/h1>|<img[^>]*>/gi) ?? [];
  return [...tags(html.slice(0, start)), html.slice(start, end), ...tags(html.slice(end))].join('\n');
}
