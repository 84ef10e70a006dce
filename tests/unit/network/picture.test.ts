import { describe, expect, it, vi } from 'vitest';
import type { NetworkInput } from '../../../src/lib/network-layout.ts';
import { networkPicture, RECENT_NETWORKS } from '../../../src/network/picture.ts';

// The site's links under its base are Astro's concern (the alias they import resolves in the build);
// here a link is its path.
vi.mock('../../../src/site/href.ts', () => ({ href: (path: string) => path }));

/** A network of one centre and one neighbour; each call makes a new input, as each profile has its own. */
const networkOf = (index: number): NetworkInput => ({
  centre: { kind: 'people', id: `person-${index}`, name: `Person ${index}`, path: `/people/person-${index}/` },
  neighbours: [{ kind: 'organisations', id: 'nato', name: 'NATO', path: '/organisations/nato/', count: 2 }],
});

describe("a profile's network picture", () => {
  it('is drawn once for all the pages of a profile, which share one input', async () => {
    const network = networkOf(0);
    const first = networkPicture(network);
    expect(networkPicture(network)).toBe(first);
    const svg = (await first)?.svg;
    expect(svg).toContain('<svg');
    expect(svg).toContain('/organisations/nato/');
  });

  it('is no longer kept once many other networks were drawn after it, and is drawn again alike', async () => {
    const network = networkOf(1);
    const first = networkPicture(network);
    const others = Array.from({ length: RECENT_NETWORKS }, (_, index) => networkPicture(networkOf(index + 2)));
    await Promise.all(others);
    const again = networkPicture(network);
    expect(again).not.toBe(first);
    expect(await again).not.toBe(await first);
    expect(await again).toEqual(await first);
  });

  it('is undefined for a network without neighbours', async () => {
    expect(await networkPicture({ ...networkOf(99), neighbours: [] })).toBeUndefined();
  });
});
