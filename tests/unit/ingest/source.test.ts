import { describe, expect, it } from 'vitest';
import { contentHash, decodeSource, InputError, tooLarge } from '../../../src/ingest/source.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('drops a byte-order mark and turns CRLF and CR into LF', () => {
    const source = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('date 2025-01-01 A.\r\n\r\nB.\rC.')]));
    expect(source.text).toBe('date 2025-01-01 A.\n\nB.\nC.');
  });

  it('gives the same hash to the same text saved with CRLF, with a BOM, or plainly', () => {
    const plain = decodeSource(bytes('date 2025-01-01 A.\n\nB.'));
    const windows = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('date 2025-01-01 A.\r\n\r\nB.')]));
    expect(windows.hash).toBe(plain.hash);
    expect(plain.hash).toMatch(/^[a-f0-9]{16}$/);
  });

  it('refuses bytes that are not UTF-8, such as Latin-1 accents', () => {
    expect(() => decodeSource(new Uint8Array([...bytes('date 2025-01-01 caf'), 0xe9]))).toThrow(/not UTF-8/);
  });

  it('refuses binary data that happens to be valid UTF-8', () => {
    expect(() => decodeSource(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(
      /control character U\+0003/,
    );
  });

  it('keeps tabs and form feeds, which text files do contain', () => {
    expect(decodeSource(bytes('date 2025-01-01\tA\fB.')).text).toBe('date 2025-01-01\tA\fB.');
  });

  it('refuses files over the size limit with an InputError that gives both sizes', () => {
    const call = () => decodeSource(bytes('x'.repeat(11)), 10);
    expect(call).toThrow(InputError);
    expect(call).toThrow('is too large: 11 bytes (the limit is 10)');
  });
});

describe('tooLarge', () => {
  it('writes sizes with thousands separators', () => {
    expect(tooLarge(2_500_000, 1_000_000)).toBe('is too large: 2,500,000 bytes (the limit is 1,000,000)');
  });
});

describe('contentHash', () => {
  it('is the first 16 hex digits of the SHA-256 of the text', () => {
    expect(contentHash('abc')).toBe('ba7816bf8f01cfea');
  });

  it('differs when one character differs', () => {
    expect(contentHash('abc')).not.toBe(contentHash('abd'));
  });
});
