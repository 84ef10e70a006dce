import { layoutNetwork, type NetworkInput, type NetworkLayout } from '@/lib/network-layout.ts';
import { networkSvg } from '@/lib/network-svg.ts';
import { strings } from '@/strings.ts';
import { href } from './href.ts';

/** A profile's network, laid out and drawn. */
export interface NetworkPicture {
  layout: NetworkLayout;
  svg: string;
}

const drawn = new WeakMap<NetworkInput, NetworkPicture | undefined>();

/**
 * Lays out and draws a network once, however many pages of a profile show it: every page of a
 * paginated profile receives the same input object.
 */
export function networkPicture(network: NetworkInput): NetworkPicture | undefined {
  if (drawn.has(network)) return drawn.get(network);
  const layout = network.neighbours.length > 0 ? layoutNetwork(network) : undefined;
  // The picture is for looking; the list after it carries the same names, counts and links for
  // screen readers and keyboards, so the SVG is hidden from both (see networkSvg).
  const picture = layout && {
    layout,
    svg: networkSvg(layout, { href, describe: (node) => `${node.name}: ${strings.articleCount(node.count)}` }),
  };
  drawn.set(network, picture);
  return picture;
}
