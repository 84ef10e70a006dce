import { describe, expect, it } from 'vitest';
import { printable, printableJson, printableLines } from '../../../src/lib/printable.ts';

describe('printable', () => {
  it('writes control, bidirectional and separator characters as visible escapes', () => {
    expect(printable('a\u001B[31mb\u0007\n\t\u0085\u009B\u007F\u202Ec\u2066\u2028\uFFFF.txt')).toBe(
      'a\\x1B[31mb\\x07\\x0A\\x09\\x85\\x9B\\x7F\\u202Ec\\u2066\\u2028\\uFFFF.txt',
    );
  });

  it('leaves ordinary text, accents and other scripts alone', () => {
    expect(printable('São Paulo — Zürich 東京 «x».txt')).toBe('São Paulo — Zürich 東京 «x».txt');
  });
});

describe('printableLines', () => {
  it('keeps the line breaks of several lines and escapes the rest of each line', () => {
    expect(printableLines('first\u001B[2J\nsecond\u202E')).toBe('first\\x1B[2J\nsecond\\u202E');
  });
});

describe('printableJson', () => {
  it('escapes what JSON.stringify leaves raw, and the JSON still reads back as the same value', () => {
    const value = { file: 'a\u001B\u0085\u202E\u2028b.txt' };
    const json = printableJson(JSON.stringify(value));
    expect(json).toBe('{"file":"a\\u001b\\u0085\\u202E\\u2028b.txt"}');
    expect(JSON.parse(json)).toEqual(value);
    const pretty = printableJson(JSON.stringify(value, null, 2));
    expect(pretty).toBe('{\n  "file": "a\\u001b\\u0085\\u202E\\u2028b.txt"\n}');
    expect(JSON.parse(pretty)).toEqual(value);
  });
});
