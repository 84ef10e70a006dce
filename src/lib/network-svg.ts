import { escapeMarkup } from './escape-markup.ts';
import { LABEL_LINE } from './network-labels.ts';
import type { NetworkLayout, NetworkNode } from './network-layout.ts';

/** What the SVG needs besides the layout: how to link a page and the hover text of a node. */
export interface NetworkSvgOptions {
  /** Turns a site path into the URL to link, e.g. by putting the deployment base in front. */
  href: (path: string) => string;
  /** Hover text for a neighbour, e.g. "Ada Lovelace: 3 articles together". */
  describe: (node: NetworkNode) => string;
}

/**
 * The network as an SVG string. It is hidden from assistive technology because the list beside
 * it carries the same names, counts and links; the node links are for pointer users only and are
 * kept out of the tab order for the same reason. Colours and fonts come from classes that the
 * page styles with the site's tokens, so dark mode needs nothing here.
 */
export function networkSvg(layout: NetworkLayout, options: NetworkSvgOptions): string {
  const at = new Map([layout.centre, ...layout.neighbours].map((node) => [node.key, node]));
  const lines = layout.edges.map((edge) => {
    const a = at.get(edge.from) as NetworkNode;
    const b = at.get(edge.to) as NetworkNode;
    const coords = `x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}"`;
    return `<line class="${edge.side ? 'tie side' : 'tie'}" ${coords} stroke-width="${edge.width}"/>`;
  });
  const centre = layout.centre;
  const nodes = layout.neighbours.map((node) => {
    const body = `<title>${escapeMarkup(options.describe(node))}</title>${circle(node)}${text(node)}`;
    const attrs = `data-node="${escapeMarkup(node.key)}"`;
    return node.path
      ? `<a href="${escapeMarkup(options.href(node.path))}" tabindex="-1" ${attrs}>${body}</a>`
      : `<g ${attrs}>${body}</g>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" ` +
    `width="${layout.width}" height="${layout.height}" aria-hidden="true" focusable="false">` +
    `<g class="ties">${lines.join('')}</g>` +
    `<g class="centre" data-centre="${escapeMarkup(centre.key)}"><title>${escapeMarkup(centre.name)}</title>` +
    `${circle(centre)}${text(centre)}</g>` +
    nodes.join('') +
    `</svg>`
  );
}

function circle(node: NetworkNode): string {
  return `<circle cx="${node.x}" cy="${node.y}" r="${node.r}"/>`;
}

function text(node: NetworkNode): string {
  const { label } = node;
  // A label left out where no free place was found: the node's title still names it.
  if (label.lines.length === 0) return '';
  const anchor = label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`;
  const [first = '', ...more] = label.lines.map(escapeMarkup);
  const rest = more.map((line) => `<tspan x="${label.x}" dy="${LABEL_LINE}">${line}</tspan>`).join('');
  return `<text x="${label.x}" y="${label.y}"${anchor}>${first}${rest}</text>`;
}
