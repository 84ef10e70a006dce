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

/** Steps a tie's strength is drawn in: see {@link banded}. */
const BANDS = 4;

/**
 * A count's share of the largest, rounded up to a quarter. The picture draws sizes, rings, pulls
 * and line widths from these steps rather than from the exact shares, which no reader can tell
 * apart: drawn from the exact counts, every article naming two popular entities moved or thickened
 * something in the picture of each profile that shows both, and so made that page again (about 900
 * profiles for one article of a 20,000-article archive).
 */
export function banded(count: number, most: number): number {
  return Math.ceil((BANDS * count) / most) / BANDS;
}

/**
 * Ties with their counts replaced by their step, 1 to 4, of the strongest: all the picture draws of
 * them. A profile's props keep these, so that a tie counted once more, which changes no line,
 * leaves the profile's cache key and page alone.
 */
export function bandedTies(ties: readonly Tie[]): Tie[] {
  const strongest = Math.max(1, ...ties.map((tie) => tie.count));
  return ties.map((tie) => ({ ...tie, count: BANDS * banded(tie.count, strongest) }));
}
