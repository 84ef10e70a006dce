import { isCommonWord, isDemonym, isPlace } from './lexicon.ts';
import { GENERIC_COMPANY_WORDS } from './entity-cues.ts';
import { LEGAL_FORMS, ORG_WORDS } from './word-lists.ts';

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

/**
 * Every shorter name a text may use again for a company it named in full with its legal form:
 * without the legal form, its leading words ("Jones Medical" of "Jones Medical Industries Inc",
 * "Caltex" of "Caltex Petroleum Corp" before organisation words only), and its first word alone, never a
 * common word, place or nationality. "Reagan" is no short name of "the Reagan Administration", which has no legal form.
 */
export function shortForms(words: readonly string[]): string[] {
  const short = shortForm(words);
  if (!short) return [];
  const forms = [short];
  // "Iowa Beef" of "Iowa Beef Processors Inc", "International Pharmaceutical" of "International
  // Pharmaceutical Products Inc": two leading words or more; one alone only before organisation words.
  let organisationWords = true;
  for (let end = short.split(' ').length - 1; end >= 1; end -= 1) {
    organisationWords &&= ORG_WORDS.has((words[end] ?? '').toLowerCase());
    if (end === 1 && !organisationWords) break;
    const prefix = words.slice(0, end);
    const form = prefix.join(' ');
    const generic = prefix.every((part) => GENERIC_COMPANY_WORDS.has(part.toLowerCase()) || isDemonym(part));
    const closed = /^\p{Lu}/u.test(prefix.at(-1) ?? '');
    if (closed && !generic && !isCommonWord(form) && !isPlace(form)) forms.push(form);
  }
  // "shares of Jones common stock": a company's first word alone, read as a body by the text, is
  // that company ("Jones" of "Jones Medical Industries Inc").
  const first = words[0] ?? '';
  const plain = !GENERIC_COMPANY_WORDS.has(first.toLowerCase()) && !isDemonym(first) && !isCommonWord(first);
  if (short.includes(' ') && !forms.includes(first) && plain && !isPlace(first)) forms.push(first);
  return forms;
}

/** The initials of the capitalised words of a name ("IMF" of "International Monetary Fund"). */
export function acronymOf(words: readonly string[]): string {
  return words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}
