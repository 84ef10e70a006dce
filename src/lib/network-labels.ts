import { textWidth } from './text-width.ts';

/** A node's position and size before labelling, with the name to label it by. */
export interface Spot {
  x: number;
  y: number;
  r: number;
  name: string;
}

/**
 * A placed label: its lines (none for a label left out, see `placeLabels`), the first line's
 * baseline, and which way the text runs.
 */
export interface NetworkLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Font size and line height of labels in user units; the component's CSS uses the same size. */
export const LABEL_FONT = 12;
export const LABEL_LINE = 13;
/** Room beyond a line's measured width, for kerning and rounding the measure cannot see. */
const TEXT_PAD = 2;
const LINE_CHARS = 17;
const MARGIN = 4;
/** How many half lines a label may slide from its first places when those are taken. */
const SLIDES = 4;

/** Labels placed and the picture framed round them (see `placeLabels`). */
export interface PlacedLabels {
  spots: Spot[];
  labels: NetworkLabel[];
  height: number;
  /** How many labels found no place clear of the others and of every node. */
  crowded: number;
}

/**
 * Labels every spot (the first is the centre) and frames the picture. Each label goes beside,
 * above or below its node, facing away from the centre if it can, at the first spot that stays
 * inside the width and clear of every node and of labels placed earlier. A label with no such spot
 * is counted in `crowded`, so the caller can spread the nodes and try again; it goes where it
 * overlaps least, or, with `leaveOutCrowded` (the last try), is left out: its node keeps its name
 * on hover, and the list beside the picture names every node, but text drawn over text reads as
 * neither name. Returns the spots and labels moved so the top edge sits at the margin, rounded
 * to 0.1, with the height that fits them.
 */
export function placeLabels(spots: readonly Spot[], width: number, leaveOutCrowded = false): PlacedLabels {
  const broken = spots.find((spot) => !Number.isFinite(spot.x) || !Number.isFinite(spot.y));
  if (broken) throw new Error(`Network labels: "${broken.name}" has no finite position (${broken.x}, ${broken.y})`);
  const centre = spots[0];
  const taken: Box[] = spots.map((spot) => ({
    left: spot.x - spot.r - 2,
    right: spot.x + spot.r + 2,
    top: spot.y - spot.r - 2,
    bottom: spot.y + spot.r + 2,
  }));
  let crowded = 0;
  const labels = spots.map((spot, index) => {
    const lines = wrap(spot.name);
    let best: { label: NetworkLabel; box: Box } | undefined;
    let bestCost = Infinity;
    for (const option of candidates(spot, index === 0 ? undefined : centre, lines)) {
      const outside = Math.max(0, -option.box.left) + Math.max(0, option.box.right - width);
      const cost = outside * 1000 + taken.reduce((sum, box) => sum + overlap(box, option.box), 0);
      if (cost < bestCost) [best, bestCost] = [option, cost];
      if (cost === 0) break;
    }
    const placed = best as { label: NetworkLabel; box: Box };
    if (bestCost > 0) {
      crowded += 1;
      if (leaveOutCrowded) return { ...placed.label, lines: [] };
    }
    taken.push(placed.box);
    return placed.label;
  });
  const top = Math.min(...taken.map((box) => box.top));
  const bottom = Math.max(...taken.map((box) => box.bottom));
  const shift = MARGIN - top;
  return {
    spots: spots.map((spot) => ({ ...spot, x: round(spot.x), y: round(spot.y + shift) })),
    labels: labels.map((label) => ({ ...label, x: round(label.x), y: round(label.y + shift) })),
    height: Math.ceil(bottom - top + 2 * MARGIN),
    crowded,
  };
}

/** Most lines a label takes; a name needing more (rare) is shortened on the last one. */
const MAX_LINES = 4;

/**
 * Wraps a name at spaces into lines of about `LINE_CHARS`, so a long name ("Central Intelligence
 * Agency") is shown whole rather than cut; a single word longer than a line keeps its own line.
 */
export function wrap(name: string): string[] {
  const lines: string[] = [];
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= MAX_LINES) return lines;
  const kept = lines.slice(0, MAX_LINES);
  kept[MAX_LINES - 1] = `${kept[MAX_LINES - 1]}…`;
  return kept;
}

function candidates(spot: Spot, centre: Spot | undefined, lines: string[]): { label: NetworkLabel; box: Box }[] {
  const gap = spot.r + 4;
  const extra = (lines.length - 1) * LABEL_LINE;
  const right: NetworkLabel = { lines, x: spot.x + gap, y: spot.y + LABEL_FONT / 3 - extra / 2, anchor: 'start' };
  const left: NetworkLabel = { ...right, x: spot.x - gap, anchor: 'end' };
  const above: NetworkLabel = { lines, x: spot.x, y: spot.y - gap - extra - 2, anchor: 'middle' };
  const below: NetworkLabel = { ...above, y: spot.y + gap + LABEL_FONT - 2 };
  const dx = centre ? spot.x - centre.x : 0;
  const dy = centre ? spot.y - centre.y : 1;
  const [outX, inX] = dx >= 0 ? [right, left] : [left, right];
  const [outY, inY] = dy >= 0 ? [below, above] : [above, below];
  const order = Math.abs(dx) > Math.abs(dy) * 0.6 ? [outX, outY, inY, inX] : [outY, outX, inX, inY];
  // Then above or below with the text running off to one side, for crowded spots.
  for (const vertical of [outY, inY])
    for (const side of [outX, inX]) order.push({ ...vertical, x: spot.x - (side.x - spot.x) / 4, anchor: side.anchor });
  // Then each of those slid a little further along: beside the node but higher or lower, or
  // further above or below it, nearest first.
  const near = [...order];
  for (let step = 1; step <= SLIDES; step += 1) {
    const by = (step * LABEL_LINE) / 2;
    for (const label of near) {
      if (label.anchor !== 'middle' && Math.abs(label.x - spot.x) >= gap)
        order.push({ ...label, y: label.y - by }, { ...label, y: label.y + by });
      else order.push({ ...label, y: label.y < spot.y ? label.y - by : label.y + by });
    }
  }
  // The centre's label is set in bold (CoMentionNetwork.astro).
  const width = Math.max(...lines.map((line) => textWidth(line, LABEL_FONT, centre === undefined))) + TEXT_PAD;
  return order.map((label) => {
    const start = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
    return {
      label,
      // From the ascent of the first line to the descent of the last, as a browser measures text.
      box: { left: start, right: start + width, top: label.y - LABEL_FONT, bottom: label.y + extra + 4 },
    };
  });
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10 + 0;
}
