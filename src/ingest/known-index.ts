import { nameKey } from './aliases.ts';
import { tokenise, type Token } from './tokens.ts';

type Kind = 'people' | 'organisations';

/**
 * The registry's names as the extractor looks them up: by name key, and as word sequences so a
 * known name is found whole in running text. Grows as ingest adds names, never rebuilt, so
 * ingesting the n-th article does not cost the whole registry again.
 */
export class KnownIndex {
  readonly #byKey = new Map<string, { kind: Kind; name: string }>();
  readonly #byFirstWord = new Map<string, string[][]>();

  /** Records `name` (a name or alias) of the entity called `canonical`; the first entity to claim a name keeps it. */
  add(kind: Kind, canonical: string, name: string): void {
    const key = nameKey(name);
    if (key === '' || this.#byKey.has(key)) return;
    this.#byKey.set(key, { kind, name: canonical });
    const words = tokenise(name).flatMap((sentence) => sentence.tokens.map((token) => token.text.toLowerCase()));
    if (words.length < 2) return;
    const first = words[0] ?? '';
    const phrases = this.#byFirstWord.get(first) ?? [];
    // Longest first, so "Bank of Japan Governor" is not cut short by "Bank of Japan".
    const at = phrases.findIndex((phrase) => phrase.length < words.length);
    phrases.splice(at === -1 ? phrases.length : at, 0, words);
    this.#byFirstWord.set(first, phrases);
  }

  /** The entity a name or alias belongs to, if any. */
  lookup(name: string): { kind: Kind; name: string } | undefined {
    return this.#byKey.get(nameKey(name));
  }

  /** How many tokens from `index` spell a known name of two words or more; 0 when none does. */
  lengthAt(tokens: readonly Token[], index: number): number {
    const first = tokens[index];
    if (!first?.capitalised) return 0;
    const phrase = this.#byFirstWord
      .get(first.text.toLowerCase())
      ?.find((words) => words.every((word, offset) => tokens[index + offset]?.text.toLowerCase() === word));
    return phrase?.length ?? 0;
  }
}
