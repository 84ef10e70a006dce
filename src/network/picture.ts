import type { NetworkInput, NetworkLayout } from '../lib/network-layout.ts';
import { networkSvg } from '../lib/network-svg.ts';
import { strings } from '../strings.ts';
import { href } from '../site/href.ts';
import { runPageJob } from '../data/page-workers.ts';

/*
 * How many of the networks last drawn keep their picture. Every page of a paginated profile receives
 * the same input object, and a profile's pages are rendered one after another (16 in flight at
 * once, astro.config.mjs), so a few dozen draw each network once. The pictures were kept by a
 * WeakMap keyed on the input, which the route props hold until the build ends, so every profile's
 * layout and SVG stayed in memory to the end: about 9 MB at 5,000 articles, growing with the archive.
 */
export const RECENT_NETWORKS = 64;

/** A profile's network, drawn: only the markup, as nothing else of its layout reaches the page. */
export interface NetworkPicture {
  svg: string;
}

const recent = new Map<NetworkInput, Promise<NetworkPicture | undefined>>();

/**
 * A profile's network, laid out and drawn; undefined when it has no neighbours. The
 * layout runs on another core while the build renders the other pages in flight; a network asked
 * for again soon after gets the same picture, one asked for long after is drawn again, alike.
 */
export function networkPicture(network: NetworkInput): Promise<NetworkPicture | undefined> {
  let picture = recent.get(network);
  if (!picture) {
    picture = draw(network);
    // A failure surfaces where the page awaits the picture, with that page's name.
    picture.catch(() => {});
    recent.set(network, picture);
    // A Map iterates in insertion order: the first key is the network drawn longest ago.
    if (recent.size > RECENT_NETWORKS) recent.delete(recent.keys().next().value!);
  }
  return picture;
}

async function draw(network: NetworkInput): Promise<NetworkPicture | undefined> {
  if (network.neighbours.length === 0) return undefined;
  const layout = await layOut(network);
  // The picture is for looking; the list after it carries the same names, counts and links for
  // screen readers and keyboards, so the SVG is hidden from both (see networkSvg).
  const svg = networkSvg(layout, { href, describe: (node) => `${node.name}: ${strings.articleCount(node.count)}` });
  return { svg };
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
