import { createHash } from 'node:crypto';

/** Inputs larger than this are refused: no news article comes near it, a misplaced dump does. */
export const MAX_INPUT_BYTES = 1_000_000;

/** A problem with one input file, worded for the editor; the caller prefixes the file name. */
export class InputError extends Error {
  override name = 'InputError';
}

/** One input file's text with line endings normalised, and the digest that identifies it. */
export interface SourceText {
  text: string;
  /** First 16 hex digits of the SHA-256 of `text`; stored in front matter as `hash`. */
  hash: string;
}

/* Control characters other than tab, line feed, form feed and carriage return mean binary data. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/**
 * Decodes one input file. The BOM is dropped and CRLF/CR become LF before hashing, so the same
 * article saved by another editor or platform is still recognised as already imported.
 * Throws {@link InputError} for files too large, not UTF-8, or binary.
 */
export function decodeSource(bytes: Uint8Array, maxBytes = MAX_INPUT_BYTES): SourceText {
  if (bytes.length > maxBytes) throw new InputError(tooLarge(bytes.length, maxBytes));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('is not UTF-8 text (binary data or another encoding)');
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    throw new InputError(`contains the control character U+${code ?? '????'}, so it looks binary, not like text`);
  }
  const normalised = text.replace(/\r\n?/g, '\n');
  return { text: normalised, hash: contentHash(normalised) };
}

/** The message for a file over the size limit, shared by the size check before reading. */
export function tooLarge(size: number, maxBytes = MAX_INPUT_BYTES): string {
  return `is too large: ${size.toLocaleString('en')} bytes (the limit is ${maxBytes.toLocaleString('en')})`;
}

/** First 16 hex digits of the SHA-256 of a text: enough to tell articles apart, short to read. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}
