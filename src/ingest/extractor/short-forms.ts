import { isCommonWord, isPlace } from './lexicon.ts';
import { LEGAL_FORMS } from './word-lists.ts';

/*
 * The shorter names a text may use again for a name it gave in full: the same company without its
 * legal form, an organisation by its initials. The second reading and the grouping of mentions
 * read them; resolution reads the first too, so an article and the registry shorten alike.
 */

/** A company's name without its legal form ("Lear" for "Lear Corp."), by which texts may name it again. */
export const withoutLegalForm = (name: string): string | undefined => shortForm(name.split(' '));

/** {@link withoutLegalForm} of a name's words. */
export function shortForm(words: readonly string[]): string | undefined {
  let end = words.length;
  while (
    end > 1 &&
    (LEGAL_FORMS.has((words[end - 1] ?? '').toLowerCase()) || ['and', '&'].includes(words[end - 1] ?? ''))
  )
    end -= 1;
  const short = words.slice(0, end).join(' ');
  return end < words.length && !isCommonWord(short) && !isPlace(short) ? short : undefined;
}

/** The initials of the capitalised words of a name ("IMF" of "International Monetary Fund"). */
export function acronymOf(words: readonly string[]): string {
  return words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}
