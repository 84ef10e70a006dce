/** A letter of an A–Z index and the page and anchor where its entries start. */
export interface LetterLink {
  letter: string;
  page: number;
  /** Fragment id of the letter's first entry on that page, e.g. `letter-m`. */
  anchor: string;
}

/** The fragment id of a letter's first entry. */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

/**
 * For an A–Z list split into pages of `pageSize`, where each letter (given per entry, in list
 * order) first appears: the letter bar every page of the index shows.
 */
export function letterLinks(letters: readonly string[], pageSize: number): LetterLink[] {
  const links: LetterLink[] = [];
  letters.forEach((letter, index) => {
    if (links.some((link) => link.letter === letter)) return;
    links.push({ letter, page: Math.floor(index / pageSize) + 1, anchor: letterAnchor(letter) });
  });
  return links;
}
