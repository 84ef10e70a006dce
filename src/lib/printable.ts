/*
 * Characters that act on a terminal or a page instead of showing: C0 controls, DEL, C1 controls
 * (U+009B is a terminal's CSI), Unicode's line and paragraph separators, the bidirectional marks,
 * embeddings, overrides and isolates that make text read in another order than it is stored,
 * and the noncharacters U+FFFE and U+FFFF.
 */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

/**
 * Text with each character that would act instead of show written as a visible escape (`\x1B`,
 * `\u202E`), for file names and other data shown on a terminal or a page.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
  });
}

/** Text of several lines made printable line by line, its line breaks kept. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/**
 * JSON text with the same characters written as `\uXXXX` escapes: `JSON.stringify` escapes only
 * C0 controls, and the value read back is unchanged. Its line breaks and indentation are kept.
 */
export function printableJson(json: string): string {
  return json.replace(UNPRINTABLE_BEYOND_C0, (character) => `\\u${hex(character.charCodeAt(0), 4)}`);
}

/* The same set less the C0 controls, which JSON escapes in strings and uses raw between them. */
const UNPRINTABLE_BEYOND_C0 = /[\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, '0');
}
