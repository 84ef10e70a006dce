import { layoutTable, tableRuns } from '../lib/wire-table.ts';
import { escapeMarkup } from '../lib/escape-markup.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

function decode(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (ENTITIES[name] !== undefined) return ENTITIES[name];
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return whole;
  });
}

/**
 * Sets the runs of table rows in a rendered article body (see `lib/wire-table.ts`) as one
 * preformatted block each, in columns. Works on the HTML the body renders to, so the MDX ingest
 * writes keeps the text exactly as filed; a mention link inside a row gives way to plain text.
 */
export function setWireTables(html: string): string {
  const paragraphs = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: decode(match[1] ?? ''),
  }));
  // Only paragraphs that follow each other directly can form one table.
  const groups: (typeof paragraphs)[] = [];
  for (const paragraph of paragraphs) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && html.slice(last.end, paragraph.start).trim() === '') group.push(paragraph);
    else groups.push([paragraph]);
  }
  const replacements: { start: number; end: number; html: string }[] = [];
  for (const group of groups) {
    for (const [from, to] of tableRuns(group.map((paragraph) => paragraph.text))) {
      const rows = group.slice(from, to);
      const lines = layoutTable(rows.map((row) => row.text)).map(escapeMarkup);
      replacements.push({
        start: rows[0]!.start,
        end: rows.at(-1)!.end,
        // Focusable, so a keyboard can scroll a table wider than a phone.
        html: `<pre class="wire-table" tabindex="0">${lines.join('\n')}</pre>`,
      });
    }
  }
  let result = html;
  for (const { start, end, html: block } of replacements.reverse()) {
    result = result.slice(0, start) + block + result.slice(end);
  }
  return result;
}
