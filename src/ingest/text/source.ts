import { createHash } from 'node:crypto';

/** Inputs larger than this are refused: no news article comes near it, a misplaced dump does. */
export const MAX_INPUT_BYTES = 1_000_000;

/** A problem with one input file, worded for the editor; the caller prefixes the file name. */
export class InputError extends Error {
  override name = 'InputError';
}

/** One input file's text with line endings normalised, and the digest of that text. */
export interface SourceText {
  text: string;
  /**
   * First 16 hex digits of the SHA-256 of `text`. Ingest stored this as `hash` before it hashed
   * the parsed article ({@link articleHash}); it is still looked up, so articles imported then
   * are still recognised when the same text comes again.
   */
  hash: string;
}

/*
 * Control characters other than tab, line feed, form feed and carriage return (C0, DEL and the C1
 * block) mean binary data or text decoded wrongly somewhere before; no article holds them, and
 * most are not even allowed in the XML feeds the text ends up in. A form feed is a page break
 * in text from print, kept here so the hash is that of the file, and read as a space by parse.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/;

/*
 * Unicode's noncharacters (U+FDD0–U+FDEF and the last two code points of every plane) are never
 * text, and U+FFFE and U+FFFF are not allowed in XML at all.
 */
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes one input file. The BOM is dropped and CRLF/CR become LF before hashing, so the same
 * article saved by another editor or platform is still recognised as already imported.
 * Throws {@link InputError} for files too large, not UTF-8 (lone surrogates included, which
 * UTF-8 cannot carry), binary, or holding a control character or a noncharacter, naming the
 * character and its byte offset in the file so an editor can find it.
 */
export function decodeSource(bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): SourceText {
  if (bytes.length > maxBytes) throw new InputError(tooLarge(bytes.length, maxBytes));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      `is not UTF-8 text (binary data or another encoding): byte ${firstInvalidByte(bytes)} is not UTF-8`,
    );
  }
  const start = BOM.every((byte, index) => bytes[index] === byte) ? BOM.length : 0;
  const control = CONTROL.exec(text);
  if (control) {
    throw new InputError(
      `contains the control character ${codePoint(control[0])} at byte ${byteOffset(text, control.index, start)}, so it looks binary, not like text`,
    );
  }
  const nonCharacter = NONCHARACTER.exec(text);
  if (nonCharacter) {
    throw new InputError(
      `contains the noncharacter ${codePoint(nonCharacter[0])} at byte ${byteOffset(text, nonCharacter.index, start)}, which is never text`,
    );
  }
  const normalised = text.replace(/\r\n?/g, '\n');
  return { text: normalised, hash: contentHash(normalised) };
}

/** The message for a file over the size limit, shared by the size check before reading. */
export function tooLarge(size: number, maxBytes = MAX_INPUT_BYTES): string {
  return `is too large: ${size.toLocaleString('en')} bytes (the limit is ${maxBytes.toLocaleString('en')})`;
}

/**
 * The digest stored in front matter as `hash`: of the article as parsed (its date, the headline
 * line when the text gave one, its paragraphs), not of the raw text. So whitespace the parsed
 * article does not keep (indentation, trailing spaces, blank lines before, between or after the
 * text, a line break inside a paragraph) never makes the same article new. A derived headline is
 * left out, being a function of the paragraphs that a better derivation may change.
 */
export function articleHash(article: { date: string; headline?: string; paragraphs: readonly string[] }): string {
  // One field per line: no field holds a line break, and a given headline is never empty.
  return contentHash([article.date, article.headline ?? '', ...article.paragraphs].join('\n'));
}

/** First 16 hex digits of the SHA-256 of a text: enough to tell articles apart, short to read. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/* The offset in the file of the character at `index` of the decoded text, counting from 0. */
function byteOffset(text: string, index: number, start: number): number {
  return start + new TextEncoder().encode(text.slice(0, index)).length;
}

/*
 * The offset of the first byte that breaks UTF-8 (only called once decoding has failed): a
 * stray continuation byte, a lead byte without its continuations, an overlong form, a surrogate
 * (ED A0–BF) or a code point past U+10FFFF.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const [length, low, high] = sequence(bytes[index] ?? 0);
    if (length === 0) return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return index;
    }
    index += length;
  }
  return index;
}

/* A lead byte's sequence length and the range its second byte must fall in (Unicode table 3-7). */
function sequence(lead: number): [length: number, low: number, high: number] {
  if (lead < 0x80) return [1, 0, 0];
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
