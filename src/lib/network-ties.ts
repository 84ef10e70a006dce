import { compareText } from './compare.ts';

/** A tie between two entities of a co-mention picture, its ends keyed `kind:id`. */
export interface Tie {
  a: string;
  b: string;
  count: number;
}

/** At most this many ties between neighbours are drawn, strongest first. */
export const MAX_SIDE_TIES = 18;

/**
 * The ties between neighbours that the picture draws: between two of `keys`, each pair once with
 * its ends in order, the strongest {@link MAX_SIDE_TIES} first. A profile passes only these, so
 * its props do not keep ties the picture would leave out.
 */
export function drawnTies(links: readonly Tie[], keys: ReadonlySet<string>): Tie[] {
  const seen = new Set<string>();
  return (
    links
      .filter((link) => link.a !== link.b && keys.has(link.a) && keys.has(link.b) && link.count > 0)
      .map((link) => (compareText(link.a, link.b) < 0 ? link : { a: link.b, b: link.a, count: link.count }))
      .sort((x, y) => y.count - x.count || compareText(x.a, y.a) || compareText(x.b, y.b))
      .filter((tie) => {
        const pair = `${tie.a}|${tie.b}`;
        if (seen.has(pair)) return false;
        seen.add(pair);
        return true;
      })
      // A dozen neighbours can share 66 ties; the strongest few show the clusters without a hairball.
      .slice(0, MAX_SIDE_TIES)
  );
}
