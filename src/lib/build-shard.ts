/** One of several builds that together render every page: the `index`th (from 1) of `count`. */
export interface BuildShard {
  index: number;
  count: number;
}

/** The whole site in one build. */
export const WHOLE_SITE: BuildShard = { index: 1, count: 1 };

/**
 * Reads a shard as written on the command line or in CI, `2/3` for the second of three. Nothing
 * (or an empty string) is the whole site. Anything else is an error that says what was expected.
 */
export function parseBuildShard(text: string | undefined): BuildShard {
  if (text === undefined || text.trim() === '') return WHOLE_SITE;
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`DATELINE_SHARD must be "I/N" with 1 ≤ I ≤ N (for example "2/3"), not "${text}"`);
  }
  return { index, count };
}

/**
 * Whether the page with these route params is rendered by `shard`. Pages are dealt out by a hash
 * of their params, so every page falls in exactly one shard, the same one on every machine and in
 * every run, and the shards come out about the same size whatever the mix of page kinds.
 */
export function inBuildShard(
  params: Readonly<Record<string, string | number | undefined>>,
  shard: BuildShard,
): boolean {
  if (shard.count === 1) return true;
  const key = Object.keys(params)
    .sort()
    .map((name) => `${name}=${params[name] ?? ''}`)
    .join('&');
  return (fnv1a(key) % shard.count) + 1 === shard.index;
}

/** The 32-bit FNV-1a hash of a string's UTF-16 code units: small, fast and the same everywhere. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
