import { describe, expect, it } from 'vitest';
import { hasMdxSyntax } from '../../../src/loaders/mdx-syntax.ts';

describe('hasMdxSyntax', () => {
  it('finds JSX, expressions and ESM', () => {
    expect(hasMdxSyntax('Hello <Chart data={x} />')).toBe(true);
    expect(hasMdxSyntax('Total: {1 + 1}')).toBe(true);
    expect(hasMdxSyntax("import Chart from './chart.astro'\n\nText")).toBe(true);
  });
  it('treats escaped braces and angle brackets as prose', () => {
    expect(hasMdxSyntax('Braces \\{like this\\} and \\<script> stay text.')).toBe(false);
    expect(hasMdxSyntax('STANDARD OIL \\<SRD> TO FORM UNIT')).toBe(false);
  });
  it('sees through an escaped backslash before a brace', () => {
    expect(hasMdxSyntax('a \\\\{b}')).toBe(true);
  });
  it('says no for plain prose without parsing it', () => {
    expect(hasMdxSyntax('Defence Minister Rajnath Singh said "Russia is a friend".')).toBe(false);
  });
});
