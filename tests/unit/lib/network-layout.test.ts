import { afterEach, describe, expect, it, vi } from 'vitest';
import { LABEL_FONT, LABEL_LINE } from '../../../src/lib/network-labels.ts';
import { layoutNetwork, NETWORK_WIDTH, type NetworkInput, type NetworkNode } from '../../../src/lib/network-layout.ts';
import { drawnTies, MAX_SIDE_TIES } from '../../../src/lib/network-ties.ts';
import { textWidth } from '../../../src/lib/text-width.ts';

const NAMES = [
  'Ada Lovelace',
  'Royal Society',
  'Charles Babbage',
  'Analytical Engine Company',
  'Mary Somerville',
  'Augustus De Morgan',
  'Michael Faraday',
  'Institution of Civil Engineers',
  'Charles Dickens',
  'Lord Byron',
  'University of London',
  'Annabella Milbanke',
];

/** A centre with `size` neighbours, counts falling from 12, and a tie between every third pair. */
function makeNetwork(size: number): NetworkInput {
  const neighbours = NAMES.slice(0, size).map((name, index) => {
    const kind = index % 3 === 1 ? ('organisations' as const) : ('people' as const);
    const id = name.toLowerCase().replace(/ /g, '-');
    return { kind, id, name, path: `/${kind}/${id}/`, count: 12 - index };
  });
  const keys = neighbours.map((node) => `${node.kind}:${node.id}`).sort();
  const links = keys
    .flatMap((a, i) => keys.slice(i + 1).map((b, j) => ({ a, b, count: 1 + ((i + j) % 3) })))
    .filter((_, index) => index % 3 === 0);
  return {
    centre: { kind: 'people', id: 'centre', name: 'Centre Person', path: '/people/centre/' },
    neighbours,
    links,
  };
}

/** A dozen neighbours with long names, all tied to each other: the picture of a wire service's own profile. */
function crowdedNetwork(): NetworkInput {
  const names = [
    'Organisation of Grain Exporting Countries',
    'International Committee for Shipping Standards',
    'Northern Federation of Commodity Brokers',
    'Consolidated Harbour Authority',
    'Ministry of Agriculture and Fisheries',
    'Westbury Investment Holdings Inc',
    'Parliamentary Committee on Trade',
    'Global Telephone and Telegraph Co',
    'Eastern Mining and Smelting Ltd',
    'Central Monetary Fund',
    'Council of Ministers',
    'Senate',
  ];
  const neighbours = names.map((name, index) => {
    const id = name.toLowerCase().replace(/ /g, '-');
    return { kind: 'organisations' as const, id, name, path: `/organisations/${id}/`, count: 40 - 3 * index };
  });
  const keys = neighbours.map((node) => `${node.kind}:${node.id}`);
  const links = keys.flatMap((a, i) => keys.slice(i + 1).map((b, j) => ({ a, b, count: 1 + ((i + 2 * j) % 7) })));
  return {
    centre: { kind: 'organisations', id: 'wire', name: 'Consolidated Wire Services', path: '/organisations/wire/' },
    neighbours,
    links,
  };
}

/** Where a browser draws a node's label: a font's ascent above the first baseline, its descent below the last. */
function labelBox(node: NetworkNode, bold: boolean) {
  const { lines, x, y, anchor } = node.label;
  const width = Math.max(...lines.map((line) => textWidth(line, LABEL_FONT, bold)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const bottom = y + (lines.length - 1) * LABEL_LINE + 0.24 * LABEL_FONT;
  return { left, right: left + width, top: y - 0.93 * LABEL_FONT, bottom };
}

const apart = (a: ReturnType<typeof labelBox>, b: ReturnType<typeof labelBox>) =>
  a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('layoutNetwork', () => {
  it('gives identical numbers for the same input, in whatever order its lists arrive', () => {
    const input = makeNetwork(12);
    const shuffled = {
      ...input,
      neighbours: [...input.neighbours].reverse(),
      links: [...(input.links ?? [])].reverse(),
    };
    const first = JSON.stringify(layoutNetwork(input));
    expect(JSON.stringify(layoutNetwork(input))).toBe(first);
    expect(JSON.stringify(layoutNetwork(shuffled))).toBe(first);
  });

  it('never draws from Math.random', () => {
    const random = vi.spyOn(Math, 'random');
    layoutNetwork(makeNetwork(12));
    expect(random).not.toHaveBeenCalled();
  });

  it('pins the centre in the middle of the width', () => {
    for (const size of [1, 5, 12]) expect(layoutNetwork(makeNetwork(size)).centre.x).toBe(NETWORK_WIDTH / 2);
  });

  it('rounds every coordinate to a tenth so the SVG stays short and stable', () => {
    const layout = layoutNetwork(makeNetwork(12));
    const numbers = [layout.centre, ...layout.neighbours].flatMap((n) => [n.x, n.y, n.r, n.label.x, n.label.y]);
    for (const value of numbers) expect(Math.round(value * 10) / 10).toBe(value);
  });

  it('keeps every node inside the picture and apart from every other node', () => {
    for (const size of [1, 2, 12]) {
      const { width, height, centre, neighbours } = layoutNetwork(makeNetwork(size));
      const nodes = [centre, ...neighbours];
      for (const node of nodes) {
        expect(node.x - node.r).toBeGreaterThanOrEqual(0);
        expect(node.x + node.r).toBeLessThanOrEqual(width);
        expect(node.y - node.r).toBeGreaterThanOrEqual(0);
        expect(node.y + node.r).toBeLessThanOrEqual(height);
      }
      for (const [i, a] of nodes.entries())
        for (const b of nodes.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
    }
  });

  it('labels every node of a crowded network clear of every other label and node, inside the width', () => {
    for (const input of [crowdedNetwork(), makeNetwork(12)]) {
      const layout = layoutNetwork(input);
      const nodes = [layout.centre, ...layout.neighbours];
      const boxes = nodes.map((node, index) => labelBox(node, index === 0));
      for (const [i, box] of boxes.entries()) {
        expect(nodes[i]!.label.lines.length).toBeGreaterThan(0);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(layout.width);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(layout.height);
        for (const [j, other] of boxes.entries())
          if (j !== i) expect(apart(box, other), `${nodes[i]!.name} / ${nodes[j]!.name}`).toBe(true);
        for (const node of nodes) {
          const circle = {
            left: node.x - node.r,
            right: node.x + node.r,
            top: node.y - node.r,
            bottom: node.y + node.r,
          };
          expect(apart(box, circle), `${nodes[i]!.name} over ${node.name}`).toBe(true);
        }
      }
    }
  });

  it('lists neighbours by shared articles, then by kind and id', () => {
    const input = makeNetwork(3);
    const tied = { ...input, neighbours: input.neighbours.map((node) => ({ ...node, count: 2 })) };
    expect(layoutNetwork(tied).neighbours.map((node) => node.key)).toEqual([
      'organisations:royal-society',
      'people:ada-lovelace',
      'people:charles-babbage',
    ]);
  });

  it('draws stronger ties with larger nodes and thicker lines', () => {
    const { neighbours, edges } = layoutNetwork(makeNetwork(12));
    const strongest = neighbours[0]!;
    const weakest = neighbours[neighbours.length - 1]!;
    expect(strongest.r).toBeGreaterThan(weakest.r);
    const toCentre = edges.filter((edge) => !edge.side);
    expect(toCentre.map((edge) => edge.to)).toEqual(neighbours.map((node) => node.key));
    expect(toCentre[0]!.width).toBeGreaterThan(toCentre[toCentre.length - 1]!.width);
  });

  it('draws ties between neighbours no thicker than the centre’s, however many articles name the pair', () => {
    const input = makeNetwork(4);
    const [a, b] = input.neighbours.map((node) => `${node.kind}:${node.id}`).sort();
    const layout = layoutNetwork({ ...input, links: [{ a: a!, b: b!, count: 900 }] });
    const widest = Math.max(...layout.edges.filter((edge) => !edge.side).map((edge) => edge.width));
    const side = layout.edges.filter((edge) => edge.side);
    expect(side).toHaveLength(1);
    expect(side[0]!.width).toBeLessThanOrEqual(widest);
  });

  it('draws the same picture when a count moves within its quarter of the largest', () => {
    const input = makeNetwork(8);
    const withLast = (count: number) => ({
      ...input,
      neighbours: input.neighbours.map((node) => (node.count === 5 ? { ...node, count } : node)),
    });
    // What is drawn: every place, size, label and line, not the counts the page prints beside them.
    const drawn = (layout: ReturnType<typeof layoutNetwork>) => ({
      height: layout.height,
      nodes: [layout.centre, ...layout.neighbours].map(({ x, y, r, label }) => ({ x, y, r, label })),
      edges: layout.edges.map(({ from, to, width }) => ({ from, to, width })),
    });
    // 5 of 12 and 4 of 12 are both in the second quarter; 2 of 12 is in the first.
    expect(drawn(layoutNetwork(withLast(4)))).toEqual(drawn(layoutNetwork(input)));
    expect(drawn(layoutNetwork(withLast(2)))).not.toEqual(drawn(layoutNetwork(input)));
  });

  it('keeps only ties between neighbours in the picture, each pair once in key order', () => {
    const input = makeNetwork(2);
    const layout = layoutNetwork({
      ...input,
      links: [
        { a: 'people:ada-lovelace', b: 'organisations:royal-society', count: 2 },
        { a: 'people:ada-lovelace', b: 'people:somebody-else', count: 5 },
        { a: 'people:ada-lovelace', b: 'people:ada-lovelace', count: 5 },
      ],
    });
    expect(layout.edges.filter((edge) => edge.side)).toEqual([
      {
        from: 'organisations:royal-society',
        to: 'people:ada-lovelace',
        count: 2,
        side: true,
        width: expect.any(Number),
      },
    ]);
  });

  it('merges a pair given twice and draws only the strongest ties between neighbours', () => {
    const input = makeNetwork(12);
    const keys = input.neighbours.map((node) => `${node.kind}:${node.id}`);
    const links = keys.flatMap((a, i) => keys.slice(i + 1).map((b, j) => ({ a, b, count: 1 + ((i * j) % 5) })));
    const side = layoutNetwork({
      ...input,
      links: [...links, ...links.map((l) => ({ ...l, a: l.b, b: l.a }))],
    }).edges.filter((edge) => edge.side);
    expect(side).toHaveLength(MAX_SIDE_TIES);
    expect(new Set(side.map((edge) => `${edge.from}|${edge.to}`)).size).toBe(MAX_SIDE_TIES);
    const threshold = links.map((link) => link.count).sort((a, b) => b - a)[MAX_SIDE_TIES - 1]!;
    for (const edge of side) expect(edge.count).toBeGreaterThanOrEqual(threshold);
  });

  it('refuses a neighbour listed twice or the centre as its own neighbour', () => {
    const input = makeNetwork(2);
    const twice = { ...input, neighbours: [...input.neighbours, input.neighbours[0]!] };
    const self = { ...input, neighbours: [...input.neighbours, { ...input.centre, count: 1 }] };
    expect(() => layoutNetwork(twice)).toThrow(/people:centre.*listed twice/);
    expect(() => layoutNetwork(self)).toThrow(/own neighbour/);
  });

  it('lays out a single neighbour', () => {
    const layout = layoutNetwork(makeNetwork(1));
    expect(layout.neighbours).toHaveLength(1);
    expect(layout.edges).toHaveLength(1);
    expect(layout.centre.count).toBe(12);
  });

  it('stays finite when neighbours share far more articles with each other than with the centre', () => {
    const input = makeNetwork(6);
    const minor = {
      ...input,
      neighbours: input.neighbours.map((node) => ({ ...node, count: 1 })),
      links: (input.links ?? []).map((link) => ({ ...link, count: 400 })),
    };
    const layout = layoutNetwork(minor);
    for (const node of [layout.centre, ...layout.neighbours]) {
      expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
      expect(node.x - node.r).toBeGreaterThanOrEqual(0);
      expect(node.x + node.r).toBeLessThanOrEqual(NETWORK_WIDTH);
    }
  });
});

describe('layoutNetwork and drawnTies', () => {
  it(`draw the same ${MAX_SIDE_TIES} ties, so a profile may pass only those`, () => {
    const input = makeNetwork(12);
    const keys = input.neighbours.map((node) => `${node.kind}:${node.id}`);
    const links = keys.flatMap((a, i) => keys.slice(i + 1).map((b, j) => ({ a, b, count: 1 + ((i * j) % 5) })));
    const drawn = drawnTies(links, new Set(keys));
    expect(drawn).toHaveLength(MAX_SIDE_TIES);
    const side = layoutNetwork({ ...input, links }).edges.filter((edge) => edge.side);
    expect(side.map((edge) => [edge.from, edge.to, edge.count])).toEqual(drawn.map((tie) => [tie.a, tie.b, tie.count]));
    expect(layoutNetwork({ ...input, links: drawn })).toEqual(layoutNetwork({ ...input, links }));
  });
});
