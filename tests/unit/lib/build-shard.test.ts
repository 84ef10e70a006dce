import { describe, expect, it } from 'vitest';
import { inBuildShard, parseBuildShard, WHOLE_SITE } from '../../../src/lib/build-shard.ts';

describe('parseBuildShard', () => {
  it('reads "I/N" and means the whole site when unset', () => {
    expect(parseBuildShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseBuildShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(parseBuildShard(undefined)).toEqual(WHOLE_SITE);
    expect(parseBuildShard('')).toEqual(WHOLE_SITE);
  });

  it('rejects a shard outside its count, zero and other forms, saying what it expects', () => {
    for (const text of ['0/3', '4/3', '1/0', '2', 'two/three', '1/3/4', '-1/3']) {
      expect(() => parseBuildShard(text), text).toThrow(/DATELINE_SHARD must be "I\/N"/);
    }
  });
});

describe('inBuildShard', () => {
  const routes = Array.from({ length: 3000 }, (_, i) => ({ id: `2019/2019-05-${i}-talks`, page: String(i % 7) }));

  it('puts every page in exactly one shard', () => {
    for (const params of routes) {
      const owners = [1, 2, 3].filter((index) => inBuildShard(params, { index, count: 3 }));
      expect(owners, params.id).toHaveLength(1);
    }
  });

  it('deals the pages out about evenly', () => {
    for (const index of [1, 2, 3]) {
      const share = routes.filter((params) => inBuildShard(params, { index, count: 3 })).length;
      expect(share).toBeGreaterThan(900);
      expect(share).toBeLessThan(1100);
    }
  });

  it('does not depend on the order the params are written in', () => {
    const shard = { index: 2, count: 5 };
    expect(inBuildShard({ year: '2019', month: '05' }, shard)).toBe(inBuildShard({ month: '05', year: '2019' }, shard));
  });

  it('keeps every page in a build of the whole site', () => {
    expect(routes.every((params) => inBuildShard(params, WHOLE_SITE))).toBe(true);
  });
});
