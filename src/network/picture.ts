import type { NetworkInput, NetworkLayout } from '@/lib/network-layout.ts';
import { networkSvg } from '@/lib/network-svg.ts';
import { strings } from '@/strings.ts';
import { href } from '@/site/href.ts';
import { runPageJob } from '@/data/page-workers.ts';

/** A profile's network, laid out and drawn. */
export interface NetworkPicture {
  layout: NetworkLayout;
  svg: string;
}

const drawn = new WeakMap<NetworkInput, Promise<NetworkPicture | undefined>>();

/**
 * Lays out and draws a network once, however many pages of a profile show it: every page of a
 * paginated profile receives the same input object. The layout runs on another core while the
 * build renders the other pages in flight.
 */
export function networkPicture(network: NetworkInput): Promise<NetworkPicture | undefined> {
  let picture = drawn.get(network);
  if (!picture) {
    picture = draw(network);
    // A failure surfaces where the page awaits the picture, with that page's name.
    picture.catch(() => {});
    drawn.set(network, picture);
  }
  return picture;
}

async function draw(network: NetworkInput): Promise<NetworkPicture | undefined> {
  if (network.neighbours.length === 0) return undefined;
  const layout = await layOut(network);
  // The picture is for looking; the list after it carries the same names, counts and links for
  // screen readers and keyboards, so the SVG is hidden from both (see networkSvg).
  const svg = networkSvg(layout, { href, describe: (node) => `${node.name}: ${strings.articleCount(node.count)}` });
  return { layout, svg };
}

/*
 * An archive has thousands of profiles, and a force layout is the costliest part of each: on the
 * main thread, amid the build's large heap, one took several times what it takes in a small one,
 * so it runs on the worker of page rendering (src/data/page-workers.ts).
 */
async function layOut(input: NetworkInput): Promise<NetworkLayout> {
  try {
    return await runPageJob({ network: input });
  } catch (error) {
    throw new Error(`co-mention network of ${input.centre.kind}:${input.centre.id}: ${(error as Error).message}`);
  }
}
