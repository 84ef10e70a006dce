import { LIKELY, STRONG, type Candidate } from './candidate.ts';
import { acronymOf, shortForms } from './short-forms.ts';

/**
 * Reading the article again: a name judged somewhere is judged so everywhere, a lone word that is
 * the last word of exactly one person's full name is that person, and a capitalised word that is
 * the initials or a shorter name of an organisation named in full is that organisation.
 */
export function settle(candidates: Candidate[], sports: boolean): void {
  // In a sports report a town that plays once ("Leeds 2") is the club wherever it is named.
  const wins = (candidate: Candidate, other: Candidate) =>
    candidate.confidence > other.confidence ||
    (sports && candidate.kind === 'organisations' && other.kind === 'places');
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.surface);
    if (candidate.kind && (!current || wins(candidate, current))) best.set(candidate.surface, candidate);
  }
  const surnames = new Map<string, Set<string>>();
  const initials = new Map<string, string>();
  for (const candidate of best.values()) {
    if (candidate.kind === 'people' && candidate.words.length > 1) {
      const last = candidate.words.at(-1) ?? '';
      surnames.set(last, (surnames.get(last) ?? new Set()).add(candidate.surface));
    }
    if (candidate.kind === 'organisations' && candidate.words.length > 1) {
      initials.set(acronymOf(candidate.words), candidate.surface);
      // "Jones Medical" of "Jones Medical Industries Inc" (a headline's shorter name, read alone as a
      // person's): the company without its legal form, or without the organisation words before it too.
      const [short, ...shorter] = shortForms(candidate.words);
      if (short) initials.set(short, candidate.surface);
      for (const form of shorter) if (form.includes(' ') && !initials.has(form)) initials.set(form, candidate.surface);
    }
  }
  for (const candidate of candidates) {
    if (candidate.words.length === 1 && surnames.get(candidate.surface)?.size === 1 && candidate.kind !== 'places') {
      candidate.kind = 'people';
      candidate.confidence = Math.max(candidate.confidence, STRONG);
      continue;
    }
    if (initials.has(candidate.surface)) {
      candidate.kind = 'organisations';
      candidate.confidence = Math.max(candidate.confidence, LIKELY);
      continue;
    }
    const settled = best.get(candidate.surface);
    if (settled && wins(settled, candidate)) {
      candidate.kind = settled.kind;
      candidate.confidence = settled.confidence;
    }
  }
}
