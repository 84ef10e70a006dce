import { describe, expect, it } from 'vitest';
import { layoutNetwork, type NetworkInput } from '../../../src/lib/network-layout.ts';
import { networkSvg, type NetworkSvgOptions } from '../../../src/lib/network-svg.ts';

const options: NetworkSvgOptions = {
  href: (path) => `/base${path}`,
  describe: (node) => `${node.name}: ${node.count}`,
};

/** A centre with `size` people as neighbours, counts falling from `size`, and ties between neighbours. */
function makeNetwork(size: number): NetworkInput {
  const neighbours = Array.from({ length: size }, (_, index) => ({
    kind: 'people' as const,
    id: `person-${index + 10}`,
    name: `Person Number ${index + 10} With A Long Name`,
    path: `/people/person-${index + 10}/`,
    count: size - index,
  }));
  const links = neighbours.slice(1).map((node, index) => ({
    a: `people:${neighbours[index]!.id}`,
    b: `people:${node.id}`,
    count: 1,
  }));
  return { centre: { kind: 'organisations', id: 'hub', name: 'Hub', path: '/organisations/hub/' }, neighbours, links };
}

const attributes = (svg: string, name: string) =>
  [...svg.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

describe('networkSvg', () => {
  it('draws no text for a label left out, keeping the node and its hover text', () => {
    const layout = layoutNetwork(makeNetwork(2));
    const [first, second] = layout.neighbours;
    const svg = networkSvg(
      { ...layout, neighbours: [first!, { ...second!, label: { ...second!.label, lines: [] } }] },
      options,
    );
    expect(svg.match(/<text /g)).toHaveLength(2);
    expect(svg).toContain(`<title>${second!.name}: ${second!.count}</title><circle`);
    expect(svg).not.toContain('<text x="' + second!.label.x + '" y="' + second!.label.y + '"');
  });

  it('gives byte-identical SVG for the same input, in whatever order its lists arrive', () => {
    const input = makeNetwork(12);
    const reordered = {
      ...input,
      neighbours: [...input.neighbours].reverse(),
      links: [...(input.links ?? [])].reverse(),
    };
    const svg = networkSvg(layoutNetwork(input), options);
    expect(networkSvg(layoutNetwork(input), options)).toBe(svg);
    expect(networkSvg(layoutNetwork(reordered), options)).toBe(svg);
  });

  it('marks one node per neighbour, in the order of the list, and the centre apart', () => {
    const layout = layoutNetwork(makeNetwork(12));
    const svg = networkSvg(layout, options);
    expect(attributes(svg, 'data-node')).toEqual(layout.neighbours.map((node) => node.key));
    expect(attributes(svg, 'data-centre')).toEqual(['organisations:hub']);
  });

  it('links each neighbour with a page through the href function, and leaves the others unlinked', () => {
    const input = makeNetwork(2);
    input.neighbours[1] = { ...input.neighbours[1]!, path: undefined };
    const svg = networkSvg(layoutNetwork(input), options);
    expect(attributes(svg, 'href')).toEqual(['/base/people/person-10/']);
    expect(svg).toContain('<g data-node="people:person-11">');
  });

  it('draws one line per tie', () => {
    const layout = layoutNetwork(makeNetwork(5));
    expect(networkSvg(layout, options).match(/<line /g)).toHaveLength(layout.edges.length);
  });

  it('keeps the drawing out of the accessibility tree and its links out of the tab order', () => {
    const svg = networkSvg(layoutNetwork(makeNetwork(3)), options);
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(attributes(svg, 'tabindex')).toEqual(['-1', '-1', '-1']);
  });

  it('escapes names, hover text and links', () => {
    const input = makeNetwork(1);
    input.neighbours[0] = { ...input.neighbours[0]!, name: 'Marks & <Spencer> "Ltd"', path: '/a?b=1&c=2/' };
    const svg = networkSvg(layoutNetwork(input), options);
    expect(svg).toContain('Marks &amp; &lt;Spencer&gt; &quot;Ltd&quot;');
    expect(svg).toContain('href="/base/a?b=1&amp;c=2/"');
    expect(svg).not.toContain('<Spencer>');
  });

  it('puts the second line of a wrapped label under the first', () => {
    const svg = networkSvg(layoutNetwork(makeNetwork(1)), options);
    expect(svg).toMatch(/<text [^>]*>Person Number 10<tspan x="[\d.]+" dy="\d+">With A Long Name<\/tspan><\/text>/);
  });

  it('stays within a few kilobytes for a dozen neighbours with long names', () => {
    const svg = networkSvg(layoutNetwork(makeNetwork(12)), options);
    expect(new TextEncoder().encode(svg).length).toBeLessThan(8_000);
  });
});
