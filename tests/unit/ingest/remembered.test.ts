import { describe, expect, it } from 'vitest';
import { remembered } from '../../../src/ingest/remembered.ts';

describe('remembered', () => {
  it('gives what the function gives, computing each argument once', () => {
    const calls: string[] = [];
    const upper = remembered((value) => {
      calls.push(value);
      return value.toUpperCase();
    });
    expect([upper('reuters'), upper('ibm'), upper('reuters'), upper('ibm')]).toEqual([
      'REUTERS',
      'IBM',
      'REUTERS',
      'IBM',
    ]);
    expect(calls).toEqual(['reuters', 'ibm']);
  });

  it('remembers results that are falsy or undefined too', () => {
    let calls = 0;
    const nothing = remembered((): undefined => {
      calls += 1;
      return undefined;
    });
    const no = remembered((value) => {
      calls += 1;
      return value === 'yes';
    });
    expect([nothing('a'), nothing('a'), no('b'), no('b')]).toEqual([undefined, undefined, false, false]);
    expect(calls).toBe(2);
  });

  it('forgets everything once it holds its limit, and still gives the same results', () => {
    const calls: string[] = [];
    const length = remembered((value) => {
      calls.push(value);
      return value.length;
    }, 2);
    expect([length('a'), length('bb'), length('a'), length('ccc'), length('a')]).toEqual([1, 2, 1, 3, 1]);
    // 'a' and 'bb' fill it; 'ccc' empties it first, so 'a' is computed again.
    expect(calls).toEqual(['a', 'bb', 'ccc', 'a']);
  });
});
