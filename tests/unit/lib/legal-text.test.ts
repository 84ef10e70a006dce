import { describe, expect, it } from 'vitest';
import { legalText } from '../../../src/lib/legal-text.ts';

describe('legalText', () => {
  it('turns the control characters XML forbids into spaces and keeps tab, line feed and carriage return', () => {
    expect(legalText('a\fb\u000bc\u0000d\u001fe\tf\ng\rh')).toBe('a b c d e\tf\ng\rh');
  });
  it('drops U+FFFE, U+FFFF and lone surrogates but keeps surrogate pairs and other characters', () => {
    expect(legalText('a\uffffb\ufffec\ud800d\udc00e😀f\ufdd0\u0085')).toBe('abcde😀f\ufdd0\u0085');
  });
});
