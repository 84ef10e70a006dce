import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceRadial,
  forceSimulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { compareText } from './compare.ts';
import { placeLabels, type NetworkLabel, type Spot } from './network-labels.ts';
import { banded, drawnTies, type Tie } from './network-ties.ts';
import type { EntityKind } from './types.ts';

export type { NetworkLabel } from './network-labels.ts';

/** An entity in the picture; `path` is absent for an entity without a page. */
export interface NetworkEntity {
  kind: EntityKind;
  id: string;
  name: string;
  path?: string;
}

/** A profile's co-mention network: the entity, its closest neighbours and their ties. */
export interface NetworkInput {
  centre: NetworkEntity;
  /** Up to about a dozen entities, each with the number of articles it shares with the centre. */
  neighbours: (NetworkEntity & { count: number })[];
  /**
   * Shared-article counts between neighbours, each end keyed `kind:id`. Ties to entities not in
   * the picture are ignored, and only the strongest few are drawn (`drawnTies`).
   */
  links?: Tie[];
}

/** A node with its position, radius and label, in SVG user units. */
export interface NetworkNode extends NetworkEntity {
  /** `kind:id`, as used by links and by `data-node`. */
  key: string;
  /** Articles shared with the centre; for the centre itself, the largest neighbour count. */
  count: number;
  x: number;
  y: number;
  r: number;
  label: NetworkLabel;
}

/** A line between two nodes, thicker for more shared articles. */
export interface NetworkEdge {
  from: string;
  to: string;
  count: number;
  /** True for a tie between two neighbours, drawn fainter than a tie to the centre. */
  side: boolean;
  width: number;
}

/** Everything needed to draw the network; the same input always yields the same numbers. */
export interface NetworkLayout {
  width: number;
  height: number;
  centre: NetworkNode;
  /** By count descending, then key. */
  neighbours: NetworkNode[];
  /** Ties to the centre in neighbour order, then the strongest ties between neighbours. */
  edges: NetworkEdge[];
}

interface SimNode extends SimulationNodeDatum {
  key: string;
  r: number;
  ring: number;
}

/** About the width of the profile's side column, so text is drawn at its natural size there. */
export const NETWORK_WIDTH = 320;
/** Horizontal room kept free beside the outermost nodes for their labels. */
const LABEL_ROOM = 86;
/*
 * How far the picture is stretched downwards: first a little, and when a label finds no free
 * place, further, for another try; a crowded network takes a taller picture rather than labels
 * drawn over each other, up to the last, where a label still crowded is left out.
 */
const STRETCHES = [1.3, 1.6, 2, 2.5];
/*
 * Enough for a dozen nodes that start on their rings to settle, with the cooling compressed to
 * match: d3's usual 300 ticks cost five times as much, and an archive has thousands of profiles.
 */
const TICKS = 60;

/**
 * Lays out the centre and its neighbours with d3-force: neighbours settle on rings around the
 * pinned centre (stronger ties closer), spread by mutual repulsion and drawn together by their
 * own ties. The simulation runs synchronously for a fixed number of ticks from fixed starting
 * points with a fixed random seed, and coordinates are rounded to 0.1, so the same input always
 * gives the same numbers whatever order its lists come in.
 */
export function layoutNetwork(input: NetworkInput): NetworkLayout {
  const neighbours = [...input.neighbours].sort((a, b) => b.count - a.count || compareText(keyOf(a), keyOf(b)));
  const most = Math.max(1, ...neighbours.map((node) => node.count));
  const keys = new Set(neighbours.map(keyOf));
  if (keys.size < neighbours.length || keys.has(keyOf(input.centre)))
    throw new Error(`Co-mention network of ${keyOf(input.centre)}: an entity is listed twice, or as its own neighbour`);
  const sideTies = drawnTies(input.links ?? [], keys);

  // A few neighbours need less room than a dozen: keep small networks compact.
  const base = 60 + 40 * Math.min(1, neighbours.length / 6);
  const centre: SimNode = { key: keyOf(input.centre), r: 9, ring: 0, x: 0, y: 0, fx: 0, fy: 0 };
  const sim = [
    centre,
    ...neighbours.map((node, index): SimNode => {
      const ring = base + 40 * (1 - banded(node.count, most));
      // Start evenly round the ring, strongest tie at the top, rather than from d3's defaults.
      const angle = (2 * Math.PI * index) / neighbours.length - Math.PI / 2;
      const r = Math.round(30 + 50 * Math.sqrt(banded(node.count, most))) / 10;
      return { key: keyOf(node), r, ring, x: ring * Math.cos(angle), y: ring * Math.sin(angle) };
    }),
  ];
  // Ties between neighbours pull relative to the strongest such tie: they can far outnumber the
  // centre's own (a minor official named beside two heads of state), and d3 needs strengths ≤ 1.
  const strongestSide = Math.max(1, ...sideTies.map((tie) => tie.count));
  forceSimulation(sim)
    .randomSource(seededRandom(1))
    .alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
    .force('ring', forceRadial<SimNode>((node) => node.ring).strength(0.8))
    .force('charge', forceManyBody<SimNode>().strength(-300))
    .force(
      'collide',
      forceCollide<SimNode>((node) => node.r + 12),
    )
    .force(
      'ties',
      forceLink<SimNode, { source: string; target: string; count: number }>(
        sideTies.map((tie) => ({ source: tie.a, target: tie.b, count: tie.count })),
      )
        .id((node) => node.key)
        .distance(50)
        .strength((tie) => 0.08 * banded(tie.count, strongestSide)),
    )
    .stop()
    .tick(TICKS);

  // Squeeze sideways and stretch downwards: the column is narrow but the page can grow, and
  // neighbours further apart vertically leave room for labels beside them.
  const reach = Math.max(1, ...sim.map((node) => Math.abs(node.x ?? 0) + node.r));
  const squeeze = Math.min(1, (NETWORK_WIDTH / 2 - LABEL_ROOM) / reach);
  const labelled = (stretch: number, last = false) =>
    placeLabels(
      sim.map((node, index) => ({
        x: NETWORK_WIDTH / 2 + (node.x ?? 0) * squeeze,
        y: (node.y ?? 0) * stretch,
        r: node.r,
        name: (index === 0 ? input.centre : (neighbours[index - 1] as NetworkEntity)).name,
      })),
      NETWORK_WIDTH,
      last,
    );
  let placed = labelled(STRETCHES[0] as number);
  for (let tried = 1; placed.crowded > 0 && tried < STRETCHES.length; tried += 1)
    placed = labelled(STRETCHES[tried] as number, tried === STRETCHES.length - 1);
  const nodeAt = (index: number, entity: NetworkEntity, count: number): NetworkNode => {
    const { x, y, r } = placed.spots[index] as Spot;
    return { ...entity, key: keyOf(entity), count, x, y, r, label: placed.labels[index] as NetworkLabel };
  };
  // Ties between neighbours are as thick as each other's share of the strongest such tie: measured
  // against the centre's, two popular neighbours' hundreds of articles together drew a line
  // hundreds of units thick over the whole picture.
  const edgeWidth = (count: number, side: boolean) =>
    Math.round(side ? 7.5 + 15 * banded(count, strongestSide) : 10 + 30 * banded(count, most)) / 10;
  return {
    width: NETWORK_WIDTH,
    height: placed.height,
    centre: nodeAt(0, input.centre, most),
    neighbours: neighbours.map((node, index) => nodeAt(index + 1, node, node.count)),
    edges: [
      ...neighbours.map((node) => ({ from: centre.key, to: keyOf(node), count: node.count, side: false })),
      ...sideTies.map((tie) => ({ from: tie.a, to: tie.b, count: tie.count, side: true })),
    ].map((edge) => ({ ...edge, width: edgeWidth(edge.count, edge.side) })),
  };
}

function keyOf(entity: { kind: EntityKind; id: string }): string {
  return `${entity.kind}:${entity.id}`;
}

/** A linear congruential generator, so any jiggle d3 needs comes from one fixed sequence. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}
