import { pagesByMonth, planShards, type ShardPlan } from '../lib/search-shards.ts';

/**
 * The shards a search index of the article pages `expected` will have (as indexSite plans them
 * from a finished site), and which of them have all their pages written: the early search step
 * (early-cli.ts) indexes a shard once {@link written} says it is whole. A page reported before
 * it is known, twice, or not expected at all changes nothing.
 */
export class ShardProgress {
  readonly shards: ShardPlan[];
  /** The pages of each shard not written yet. */
  private readonly missing: Set<string>[];
  private readonly shardOf: Map<string, number>;

  constructor(expected: readonly string[], shardSize: number) {
    this.shards = planShards(pagesByMonth(expected), shardSize);
    this.missing = this.shards.map((shard) => new Set(shard.pages));
    this.shardOf = new Map(this.shards.flatMap((shard, index) => shard.pages.map((page) => [page, index] as const)));
  }

  /** Marks `page` written; the index of its shard when that made the shard whole. */
  written(page: string): number | undefined {
    const index = this.shardOf.get(page);
    const left = index === undefined ? undefined : this.missing[index];
    return left?.delete(page) && left.size === 0 ? index : undefined;
  }
}

/** The page of each article file (its path under the content folder's `articles/`, `.mdx` cut), as src/lib/paths.ts names it. */
export function articlePageOfFile(relativePath: string): string {
  return `articles/${relativePath.slice(0, -'.mdx'.length)}/index.html`;
}
