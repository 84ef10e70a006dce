/**
 * Text made safe to put in HTML or XML, in element content or a quoted attribute: the four
 * characters that could end or start markup there become character references. The one escape
 * for every string the site writes into markup by hand (feeds, the network picture, wire tables).
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
