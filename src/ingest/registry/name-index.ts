import { nameKey } from './name-keys.ts';
import { NAME_CONNECTORS, NEVER_NAMES, TITLE_WORDS } from '../extractor/word-lists.ts';
import { tokenise, type Token } from '../extractor/tokens.ts';
import type { RegisteredKind } from '../extractor/name-kind.ts';

/**
 * The registry's names as the extractor looks them up: by name key, and as word sequences so a
 * known name is found whole in running text. Grows as ingest adds names, never rebuilt, so
 * ingesting the n-th article does not cost the whole registry again.
 */
/** A registered name as the extractor sees it. */
export interface KnownEntry {
  kind: RegisteredKind;
  /** The canonical name of the entity it belongs to. */
  name: string;
  /** Whether the archive's evidence for the entity's kind is clear enough to type the name where the text reads it otherwise. */
  trusted(): boolean;
}

const always = () => true;

export class NameIndex {
  readonly #byKey = new Map<string, KnownEntry>();
  readonly #byFirstWord = new Map<string, string[][]>();
  /* The opening words of longer organisation names ("merrill lynch" of "Merrill Lynch Capital Markets"). */
  readonly #organisationOpenings = new Set<string>();
  /* The word sequences of organisations' names, which a title word before them may lengthen. */
  readonly #organisationPhrases = new Set<string>();

  /**
   * Records `name` (a name or alias) of the entity called `canonical`; the first entity to claim a
   * name keeps it. `trusted` is asked at each look-up, as the evidence grows; by default it is.
   */
  add(kind: RegisteredKind, canonical: string, name: string, trusted: () => boolean = always): void {
    const key = nameKey(name);
    if (key === '' || this.#byKey.has(key)) return;
    this.#byKey.set(key, { kind, name: canonical, trusted });
    const words = tokenise(name).flatMap((sentence) => sentence.tokens.map((token) => token.text.toLowerCase()));
    if (words.length < 2) return;
    if (kind === 'organisations') {
      this.#organisationPhrases.add(words.join(' '));
      for (let length = 2; length < words.length; length += 1) {
        this.#organisationOpenings.add(words.slice(0, length).join(' '));
      }
    }
    const first = words[0] ?? '';
    const phrases = this.#byFirstWord.get(first) ?? [];
    // Longest first, so "Bank of Japan Governor" is not cut short by "Bank of Japan".
    const at = phrases.findIndex((phrase) => phrase.length < words.length);
    phrases.splice(at === -1 ? phrases.length : at, 0, words);
    this.#byFirstWord.set(first, phrases);
  }

  /** Whether these words open a longer organisation name the registry knows ("Smith Barney" of "Smith Barney Harris Upham and Co Inc"). */
  opensOrganisation(words: readonly string[]): boolean {
    return words.length >= 2 && this.#organisationOpenings.has(words.map((word) => word.toLowerCase()).join(' '));
  }

  /** The entity a name or alias belongs to, if any. */
  lookup(name: string): KnownEntry | undefined {
    return this.#byKey.get(nameKey(name));
  }

  /**
   * How many tokens from `index` spell a known name of two words or more; 0 when none does, and 0
   * when the name is part of a longer one: a known "New York" does not cut "New York Stock
   * Exchange", nor "Exchange Commission" the "Securities and Exchange Commission".
   */
  lengthAt(tokens: readonly Token[], index: number): number {
    const first = tokens[index];
    if (!first?.capitalised) return 0;
    const phrase = this.#byFirstWord
      .get(first.text.toLowerCase())
      ?.find((words) => words.every((word, offset) => tokens[index + offset]?.text.toLowerCase() === word));
    if (phrase === undefined || continuesName(tokens, index + phrase.length, 1)) return 0;
    // "National Security Council": a title word before a body's name is part of a longer name, not a title.
    if (continuesName(tokens, index - 1, -1, this.#organisationPhrases.has(phrase.join(' ')))) return 0;
    return phrase.length;
  }
}

/* Initials written with their stops ("S.G.", "J.P."). */
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

/* Words ending a title written before a name, "Staff" of "Chief of Staff" among them. */
const TITLE_ENDS = new Set([...TITLE_WORDS, 'staff']);

/*
 * Whether the name goes on at `at`, stepping `step` away from a known phrase: a capitalised word
 * (not a sentence's first), or a connector with a capitalised word beyond it ("Securities and"),
 * which a day or a month is not ("in New York on Monday").
 */
function continuesName(tokens: readonly Token[], at: number, step: 1 | -1, organisation = false): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  // A title is no part of a person's name: "Bank of France Governor", "Chief of Staff Howard Baker".
  if (token.capitalised) {
    const title = TITLE_ENDS.has(token.text.toLowerCase()) && !(step === -1 && organisation);
    // A sentence's first word may be no name ("Yesterday"), but initials are one's start ("S.G. Warburg Securities").
    return !title && (step === 1 || !token.sentenceStart || INITIALS.test(token.text));
  }
  if (!NAME_CONNECTORS.has(token.text.toLowerCase())) return false;
  const beyond = tokens[at + step];
  return (
    beyond?.capitalised === true && !NEVER_NAMES.has(beyond.text.toLowerCase()) && (step === 1 || !beyond.sentenceStart)
  );
}
