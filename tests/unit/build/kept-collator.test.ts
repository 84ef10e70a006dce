import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { keepingCollator } from '../../../src/build/kept-collator.ts';
import { ASTRO_BUILD, repoRoot } from '../../../src/build/steps.ts';

const original = String.prototype.localeCompare;
const wrapped = keepingCollator(original);

const urls = [
  'https://example.org/page/10/',
  'https://example.org/page/2/',
  'https://example.org/page/1/',
  'https://example.org/Page/3/',
  'https://example.org/people/zoë/',
  'https://example.org/people/zoe/',
  'https://example.org/people/Zoe/',
  'https://example.org/people/émile/',
  'https://example.org/people/emile/',
  'https://example.org/people/eve/',
  'https://example.org/archive/2024/09/',
  'https://example.org/archive/2024/10/',
  'https://example.org/archive/2024/009/',
  'https://example.org/stories/a-10-b/',
  'https://example.org/stories/a-9-b/',
  'https://example.org/stories/a-09-b/',
  'https://example.org/stories/straße/',
  'https://example.org/stories/strasse/',
  'https://example.org/',
];

describe('keepingCollator', () => {
  it('orders URLs with numbers, accents and case exactly as localeCompare("en", { numeric: true }) does', () => {
    const expected = [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const actual = [...urls].sort((a, b) => wrapped.call(a, b, 'en', { numeric: true }));
    expect(actual).toEqual(expected);
    expect(actual.indexOf('https://example.org/page/2/')).toBeLessThan(actual.indexOf('https://example.org/page/10/'));
    for (const a of urls) {
      for (const b of urls)
        expect(wrapped.call(a, b, 'en', { numeric: true })).toBe(a.localeCompare(b, 'en', { numeric: true }));
    }
  });

  it('compares the exact call with a kept collator, not the original', () => {
    const spy = vi.fn(original);
    const compare = keepingCollator(spy);
    expect(compare.call('/page/2/', '/page/10/', 'en', { numeric: true })).toBeLessThan(0);
    expect(compare.call('/page/10/', '/page/2/', 'en', { numeric: true })).toBeGreaterThan(0);
    expect(spy).not.toHaveBeenCalled();
  });

  it('hands every other call to the original with its own this and arguments', () => {
    const spy = vi.fn(original);
    const compare = keepingCollator(spy);
    const boxed = Object('b') as string;
    const getter = Object.defineProperty({}, 'numeric', { enumerable: true, get: () => true });
    const calls: [unknown, unknown[]][] = [
      ['a', ['b']],
      ['a', ['b', 'en']],
      ['a', ['b', ['en'], { numeric: true }]],
      ['a', ['b', 'en-US', { numeric: true }]],
      ['a', ['b', 'de', { numeric: true }]],
      ['a', ['b', 'en', { numeric: true, sensitivity: 'base' }]],
      ['a', ['b', 'en', { numeric: 'true' }]],
      ['a', ['b', 'en', { numeric: false }]],
      ['a', ['b', 'en', Object.create({ numeric: true }) as object]],
      ['a', ['b', 'en', Object.assign(Object.create(null) as object, { numeric: true })]],
      ['a', ['b', 'en', getter]],
      ['a', ['b', 'en', { [Symbol('x')]: 1, numeric: true }]],
      ['a', [boxed, 'en', { numeric: true }]],
      [10, ['9', 'en', { numeric: true }]],
    ];
    for (const [self, args] of calls) {
      spy.mockClear();
      expect(Reflect.apply(compare, self, args)).toBe(Reflect.apply(original, self, args));
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy.mock.contexts[0]).toBe(self);
      expect(spy.mock.calls[0]).toEqual(args);
    }
    for (const self of [null, undefined]) {
      expect(() => Reflect.apply(compare, self, ['b', 'en', { numeric: true }])).toThrow(TypeError);
    }
    expect(() => compare.call('a', 'b', 'not a locale!', { numeric: true })).toThrow(RangeError);
  });

  it('is in place for astro build', () => {
    const preload = join(repoRoot, 'src', 'build', 'astro-kept-collator.ts');
    expect(ASTRO_BUILD).toContain(preload);
    const script =
      'const n = String.prototype.localeCompare; const d = Object.getOwnPropertyDescriptor(String.prototype, "localeCompare");' +
      'console.log(JSON.stringify([n.toString().includes("[native code]"), d.enumerable, "/page/2/".localeCompare("/page/10/", "en", { numeric: true }), "a".localeCompare("B")]))';
    const out = execFileSync(process.execPath, ['--import', preload, '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([false, false, -1, -1]);
  });
});
