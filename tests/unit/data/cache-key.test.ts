import { describe, expect, it } from 'vitest';
import { digestOf, keyBySource, withCacheKeys } from '../../../src/data/cache-key.ts';

describe('digestOf', () => {
  it('gives equal data equal digests, whatever the objects', () => {
    const a = { title: 'Talks', people: ['rajnath-singh'], page: { number: 2, items: [{ id: 'x' }] } };
    const b = structuredClone(a);
    expect(digestOf(a)).toBe(digestOf(b));
  });

  it('changes when any value deep inside changes', () => {
    const base = { page: { items: [{ id: 'x', count: 1 }] }, span: { first: '2020-01-01' } };
    const digest = digestOf(base);
    const changed = [
      { page: { items: [{ id: 'x', count: 2 }] }, span: { first: '2020-01-01' } },
      { page: { items: [{ id: 'y', count: 1 }] }, span: { first: '2020-01-01' } },
      {
        page: {
          items: [
            { id: 'x', count: 1 },
            { id: 'x', count: 1 },
          ],
        },
        span: { first: '2020-01-01' },
      },
      { page: { items: [{ id: 'x', count: 1 }] }, span: { first: '2020-01-02' } },
      { page: { items: [{ id: 'x', count: 1 }] }, span: { first: '2020-01-01', last: undefined } },
    ];
    for (const value of changed) expect(digestOf(value), JSON.stringify(value)).not.toBe(digest);
  });

  it('tells apart values that print alike', () => {
    expect(digestOf(['1'])).not.toBe(digestOf([1]));
    expect(digestOf({ a: null })).not.toBe(digestOf({ a: undefined }));
    expect(digestOf([['a', 'b']])).not.toBe(digestOf(['a', 'b']));
    expect(digestOf({ ab: 'c' })).not.toBe(digestOf({ a: 'bc' }));
    expect(digestOf(new Set(['a']))).not.toBe(digestOf(['a']));
    expect(digestOf(new Date('2025-12-04T00:00:00Z'))).not.toBe(digestOf(new Date('2025-12-05T00:00:00Z')));
    expect(digestOf(new Map([['k', 1]]))).not.toBe(digestOf(new Map([['k', 2]])));
  });

  it('tells sets followed by more items from one set holding them all', () => {
    expect(digestOf([new Set([1]), 2])).not.toBe(digestOf([new Set([1, 2])]));
    expect(digestOf([new Set(['a']), new Set(['b'])])).not.toBe(digestOf([new Set(['a', 'b'])]));
  });

  it('refuses what it cannot see into, rather than keying a page on part of its data', () => {
    expect(() => digestOf({ render: () => 'html' })).toThrow(/function/);
    expect(() => digestOf({ url: new URL('https://example.org/') })).toThrow(/URL instance/);
  });
  it('remembers the digest of a large object only: a small one is described again each time', () => {
    // Every route's props live until the build ends, so a remembered digest per link or row cost
    // more memory than describing it again costs time.
    const row = { label: 'Rajnath Singh', path: '/people/rajnath-singh/', count: 3, note: 'x'.repeat(40) };
    const large = { rows: Array.from({ length: 10 }, (_, index) => ({ ...row, count: index })) };
    const [rowBefore, largeBefore] = [digestOf(row), digestOf(large)];
    row.count = 4;
    large.rows[0]!.count = 99;
    expect(digestOf(row)).not.toBe(rowBefore);
    expect(digestOf(large)).toBe(largeBefore);
  });

  it('remembers the digest of a frozen object however small: links and views are shared by thousands of routes', () => {
    // Frozen is how src/lib marks what one entity or article shares with every list naming it;
    // the inner list is left unfrozen here only to see whether the digest is computed again.
    const people = ['rajnath-singh'];
    const link = Object.freeze({ kind: 'people', id: 'rajnath-singh', name: 'Rajnath Singh', people });
    const before = digestOf(link);
    expect(before).toMatch(/^[A-Za-z0-9_-]{27}$/);
    people.push('vladimir-putin');
    expect(digestOf(link)).toBe(before);
    expect(digestOf({ ...link })).not.toBe(before);
  });

  it('hashes a description as long as a digest, so a kept description never equals a digest', () => {
    // A digest is 27 characters of base64url; this array describes itself in exactly 27.
    const value = ['abcdefghijklmnopqrstuvw'];
    expect(JSON.stringify(value)).toHaveLength(27);
    expect(digestOf(value)).not.toBe(JSON.stringify(value));
    expect(digestOf(value)).toMatch(/^[A-Za-z0-9_-]{27}$/);
    expect(digestOf(['abcdefghijklmnopqrstuv'])).toBe('["abcdefghijklmnopqrstuv"]');
  });
});

describe('keyBySource', () => {
  it('keys an object on the source it is made from instead of on what it holds', () => {
    // An article made from a file: its digest stands for the whole article on every page listing it.
    const article = { id: 'a', title: 'Talks', people: ['rajnath-singh'] };
    const copy = structuredClone(article);
    keyBySource(article, 'a@digest-1');
    keyBySource(copy, 'a@digest-1');
    expect(digestOf({ list: [article] })).toBe(digestOf({ list: [copy] }));
    const other = structuredClone(article);
    keyBySource(other, 'a@digest-2');
    expect(digestOf({ list: [other] })).not.toBe(digestOf({ list: [article] }));
  });

  it('never gives a known source the digest of a description, even of the same text', () => {
    const described = { id: 'a'.repeat(80) };
    const known = {};
    keyBySource(known, `{"id":"${'a'.repeat(80)}"}`);
    expect(digestOf(known)).not.toBe(digestOf(described));
  });
});

describe('withCacheKeys', () => {
  it('keys each route on its props and keeps its params', () => {
    const shared = { articles: [{ id: 'a' }, { id: 'b' }] };
    const routes = withCacheKeys([
      { params: { path: 'one' }, props: { shared, page: 1 } },
      { params: { path: 'two' }, props: { shared, page: 2 } },
      { params: { path: 'three' }, props: { shared, page: 1 } },
    ]);
    expect(routes.map((route) => route.params.path)).toEqual(['one', 'two', 'three']);
    expect(routes[0]!.cacheKey).not.toBe(routes[1]!.cacheKey);
    expect(routes[0]!.cacheKey).toBe(routes[2]!.cacheKey);
  });

  it('describes a route’s props afresh on every call: they are its own, so their digest is not kept', () => {
    // Props long enough that a digest of them would otherwise be remembered for the whole build.
    const props = { title: 'x'.repeat(300), page: 1 };
    const [before] = withCacheKeys([{ params: { path: 'one' }, props }]);
    props.page = 2;
    const [after] = withCacheKeys([{ params: { path: 'one' }, props }]);
    expect(after!.cacheKey).not.toBe(before!.cacheKey);
  });

  it('joins what every page shows to each key', () => {
    const routes = [{ params: { path: 'one' }, props: { page: 1 } }];
    const [plain] = withCacheKeys(routes, { hasEvents: true });
    const [other] = withCacheKeys(routes, { hasEvents: false });
    expect(plain!.cacheKey).not.toBe(other!.cacheKey);
    expect(plain!.cacheKey).toMatch(/^[A-Za-z0-9_-]{27}$/);
  });
});
