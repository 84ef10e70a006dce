import { hash } from 'node:crypto';
import { inBuildShard } from '../lib/build-shard.ts';
import { BUILD_SHARD } from '../site/config.ts';

/*
 * Astro's incremental build re-renders a page only when its `cacheKey` or the code it imports
 * changed since the last build; config and lockfile changes rebuild everything. Every page here
 * is a function of its props alone, so a digest of the props is the whole key. Lists and
 * entries are shared between thousands of routes (an organisation's articles, a collection
 * entry), so each object's digest is computed once and reused by identity.
 */

const digests = new WeakMap<object, string>();
/** Shorter descriptions are kept as they are: hashing them would cost more than it saves. */
const HASH_ABOVE = 64;
/*
 * Only objects with long descriptions keep their digest: the route tables, and so every object
 * digested, live until the build ends, and a remembered digest for each small object made per
 * route (a row, a page of a list) cost more memory than describing it again costs time. Frozen
 * objects keep theirs whatever their size: they are the ones shared by thousands of routes (one
 * link per entity, one view per article, see src/lib/article-view.ts), so there are as many as
 * entities and articles, not pages, and describing them again on every route that lists them was
 * most of the keys' time (a link was described 57 times per article at 5,000 articles).
 */
const REMEMBER_ABOVE = 256;
/*
 * A digest is the 27 characters of a SHA-1 in base64url, with no prefix: `'#' + digest` was a
 * second string joined to the first, and every remembered digest and cache key lives until the
 * build ends. A description of exactly that length is hashed too, so a kept description can never
 * equal a digest.
 */
const DIGEST_LENGTH = 27;

const hashed = (text: string): string => hash('sha1', text, 'base64url');

/** A digest of a value made of plain objects, arrays, dates, maps, sets and primitives. */
export function digestOf(value: unknown): string {
  if (value === undefined) return 'u';
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') {
    throw new TypeError(`cannot key a page on a ${typeof value}: its props must be data`);
  }
  const known = digests.get(value);
  if (known !== undefined) return known;
  const text = describe(value);
  if (text.length <= HASH_ABOVE && text.length !== DIGEST_LENGTH) return text;
  const digest = hashed(text);
  if (text.length > REMEMBER_ABOVE || Object.isFrozen(value)) digests.set(value, digest);
  return digest;
}

/**
 * Keys `value` on a digest already known for what it is made from, instead of describing it again
 * on every build: `source` must name everything it is made from (an article's id and the content
 * loader's digest of its file, say). Descriptions never start with `K`, so a known digest never
 * equals the hash of a description.
 */
export function keyBySource(value: object, source: string): void {
  digests.set(value, hashed(`K${source}`));
}

function describe(value: object): string {
  if (Array.isArray(value)) return describeArray(value);
  if (value instanceof Date) return `D${value.toISOString()}`;
  // Closed like arrays, so a set or map inside a list cannot take in the items after it.
  if (value instanceof Map)
    return `M[${[...value].map(([key, item]) => `${digestOf(key)}:${digestOf(item)}`).join(',')}]`;
  if (value instanceof Set) return `S[${[...value].map(digestOf).join(',')}]`;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) return describeRecord(value as Record<string, unknown>);
  // A class instance may hold state its own keys do not show; better to fail than to serve a stale page.
  throw new TypeError(`cannot key a page on a ${value.constructor.name} instance: its props must be data`);
}

/*
 * The two shapes nearly every description is made of, written as loops: the keys describe tens of
 * thousands of objects on every build, and the arrays `map` and `Object.entries` made for each
 * were most of the garbage they left.
 */
function describeArray(items: readonly unknown[]): string {
  let text = '[';
  for (let index = 0; index < items.length; index += 1) text += (index === 0 ? '' : ',') + digestOf(items[index]);
  return `${text}]`;
}

function describeRecord(record: Record<string, unknown>): string {
  let text = '{';
  for (const key of Object.keys(record))
    text += (text.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + digestOf(record[key]);
  return `${text}}`;
}

/**
 * The static paths this build renders, each with the digest of its props as its incremental-build
 * cache key. Every route table passes through here, so a sharded build (`BUILD_SHARD`) keeps the
 * share of pages that is its own before any key is computed. `shared` is what every page's layout
 * shows besides its props (which sections the header offers); it joins every key, so a change
 * there renders every page again.
 */
export function withCacheKeys<
  Route extends { params: Readonly<Record<string, string | number | undefined>>; props: unknown },
>(routes: Route[], shared?: unknown): { params: Route['params']; props: Route['props']; cacheKey: string }[] {
  const sharedDigest = shared === undefined ? '' : `|${digestOf(shared)}`;
  // A route's own props are described here and nowhere else, so their digest is not remembered,
  // and the key is one hash of them and the shared part, not a digest joined to another string.
  return (
    routes
      .filter((route) => inBuildShard(route.params, BUILD_SHARD))
      // Written out, not spread: a spread object keeps its third field in a block of its own.
      .map(({ params, props }) => ({ params, props, cacheKey: hashed(`${propsText(props)}${sharedDigest}`) }))
  );
}

const propsText = (props: unknown): string =>
  typeof props === 'object' && props !== null ? describe(props) : digestOf(props);
