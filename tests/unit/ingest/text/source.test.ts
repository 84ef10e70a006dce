import { describe, expect, it } from 'vitest';
import { articleHash, contentHash, decodeSource, InputError, tooLarge } from '../../../../src/ingest/text/source.ts';

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

  it('refuses bytes that are not UTF-8, such as Latin-1 accents, naming the first bad byte', () => {
    expect(() => decodeSource(new Uint8Array([...bytes('date 2025-01-01 caf'), 0xe9, 0x20]))).toThrow(
      'is not UTF-8 text (binary data or another encoding): byte 19 is not UTF-8',
    );
  });

  it('refuses a lone surrogate, which UTF-8 cannot carry, naming its byte', () => {
    // ED A0 80 would be U+D800 if surrogates could be encoded; CESU-8 and broken encoders write it.
    expect(() => decodeSource(new Uint8Array([...bytes('date 2025-01-01 é'), 0xed, 0xa0, 0x80]))).toThrow(
      'byte 18 is not UTF-8',
    );
  });

  it('refuses binary data that happens to be valid UTF-8', () => {
    expect(() => decodeSource(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(
      'contains the control character U+0003 at byte 2, so it looks binary, not like text',
    );
  });

  it('refuses C0, DEL and C1 control characters with their byte offset, counting the BOM and multi-byte characters', () => {
    expect(() => decodeSource(bytes('date 2025-01-01 A\u000bB.'))).toThrow('U+000B at byte 17');
    expect(() => decodeSource(bytes('date 2025-01-01 A\u007fB.'))).toThrow('U+007F at byte 17');
    expect(() => decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('date 2025-01-01 Café\u0092s.')]))).toThrow(
      'contains the control character U+0092 at byte 24',
    );
  });

  it('refuses noncharacters with their byte offset', () => {
    expect(() => decodeSource(bytes('date 2025-01-01 Headline\uffff\n\nText.'))).toThrow(
      'contains the noncharacter U+FFFF at byte 24, which is never text',
    );
    expect(() => decodeSource(bytes('date 2025-01-01 \ufdd0'))).toThrow('noncharacter U+FDD0 at byte 16');
    expect(() => decodeSource(bytes('date 2025-01-01 \u{10FFFF}'))).toThrow('noncharacter U+10FFFF at byte 16');
  });

  it('keeps tabs and form feeds, which text files do contain, so the hash is that of the file', () => {
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

describe('articleHash', () => {
  const article = { date: '2025-01-01', paragraphs: ['Ana Lopez spoke.', 'It rained.'] };

  it('is the digest of the date, the given headline and the paragraphs, one to a line', () => {
    expect(articleHash(article)).toBe(contentHash('2025-01-01\n\nAna Lopez spoke.\nIt rained.'));
    expect(articleHash({ ...article, headline: 'RAIN' })).toBe(
      contentHash('2025-01-01\nRAIN\nAna Lopez spoke.\nIt rained.'),
    );
  });

  it('tells apart a text with a headline line from the same words as a first paragraph', () => {
    expect(articleHash({ date: '2025-01-01', headline: 'RAIN', paragraphs: ['It rained.'] })).not.toBe(
      articleHash({ date: '2025-01-01', paragraphs: ['RAIN', 'It rained.'] }),
    );
  });

  it('differs when the date or one character of a paragraph differs', () => {
    expect(articleHash({ ...article, date: '2025-01-02' })).not.toBe(articleHash(article));
    expect(articleHash({ ...article, paragraphs: ['Ana Lopez spoke.', 'It rained!'] })).not.toBe(articleHash(article));
  });
});
