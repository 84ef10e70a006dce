import { acronymKeys, isAcronymName, nameKey } from '../registry/name-keys.ts';
import { isCountry, isDemonym, isPlace } from './lexicon.ts';
import { ORG_WORDS } from './word-lists.ts';
import { STRONG, type Candidate } from './candidate.ts';
import { shortForms } from './short-forms.ts';
import type { Extraction, Mention } from './extract-entities.ts';
import type { NameIndex } from '../registry/name-index.ts';
import type { NameKind } from './name-kind.ts';
import type { Sentence } from './tokens.ts';

/** Files `name` under `key`, once. */
function addName(names: Map<string, string[]>, key: string, name: string): void {
  const known = names.get(key) ?? [];
  if (!known.includes(name)) names.set(key, [...known, name]);
}

/** Candidates become mentions: one person per full name with their surname folded in, one organisation per name. */
export function groupMentions(candidates: readonly Candidate[], known: NameIndex): Extraction {
  const mentions = new Map<string, Mention & { kind: NameKind }>();
  const fullNames = new Map<string, string[]>();
  const companies = new Map<string, string[]>();
  // Organisations named in full by the initials they may be written as ("smc" of "San Miguel Corp").
  const acronyms = new Map<string, string[]>();
  // Bodies named in full by their name without the place or nationality opening it ("Stock Exchange"
  // of "London Stock Exchange").
  const placeless = new Map<string, string[]>();
  for (const candidate of candidates) {
    if (candidate.kind === 'people' && candidate.words.length > 1) {
      addName(fullNames, candidate.words.at(-1) ?? '', candidate.surface);
    }
    if (candidate.kind !== 'organisations') continue;
    for (const short of shortForms(candidate.words)) addName(companies, short, candidate.surface);
    for (const initials of acronymKeys(candidate.surface)) addName(acronyms, initials, candidate.surface);
    const rest = withoutOpeningPlace(candidate.words);
    if (rest !== undefined) addName(placeless, rest, candidate.surface);
  }
  for (const candidate of candidates) {
    if (!candidate.kind) continue;
    let key = `${candidate.kind}:${nameKey(candidate.surface)}`;
    const holders =
      candidate.kind === 'people' && candidate.words.length === 1 && !candidate.apart
        ? fullNames.get(candidate.surface)
        : candidate.kind === 'organisations'
          ? companies.get(candidate.surface)
          : undefined;
    if (holders?.length === 1) key = `${candidate.kind}:${nameKey(holders[0] ?? '')}`;
    // The initials of one organisation the article names in full ("SMC" of "San Miguel Corp") are
    // that organisation, whatever else the registry files under them (Societe Marseillaise de
    // Credit): the full name is looked up instead.
    const expanded =
      candidate.kind === 'organisations' && !holders && isAcronymName(candidate.surface)
        ? acronyms.get(nameKey(candidate.surface))
        : undefined;
    // "the Stock Exchange" of a story on the London Stock Exchange is that exchange, whatever the
    // registry knows by the bare words; not where two bodies share them ("the American Stock Exchange").
    const located = candidate.kind === 'organisations' && !holders ? placeless.get(candidate.surface) : undefined;
    const full = expanded?.length === 1 ? expanded[0] : located?.length === 1 ? located[0] : undefined;
    if (full !== undefined) key = `${candidate.kind}:${nameKey(full)}`;
    let registered = known.lookup(full ?? candidate.surface);
    // A bare surname stays bare: the resolver weighs the evidence for each person who has it.
    if (
      registered?.kind === 'people' &&
      candidate.words.length === 1 &&
      nameKey(registered.name) !== nameKey(candidate.surface)
    )
      registered = undefined;
    if (registered) key = `${registered.kind}:${nameKey(registered.name)}`;
    const mention = mentions.get(key) ?? {
      kind: candidate.kind,
      name: registered?.name ?? (holders?.length === 1 ? holders[0] : undefined) ?? full ?? candidate.surface,
      surfaces: [],
      roles: [],
      confidence: 0,
      cue: false,
      vote: false,
    };
    if (!mention.surfaces.includes(candidate.surface)) mention.surfaces.push(candidate.surface);
    const role = candidate.role.join(' ');
    if (role !== '' && !mention.roles.includes(role)) mention.roles.push(role);
    mention.confidence = Math.max(mention.confidence, candidate.confidence);
    if (candidate.cue && candidate.kind === mention.kind) mention.cue = true;
    if (candidate.vote === mention.kind) mention.vote = true;
    mentions.set(key, mention);
  }
  const extraction: Extraction = { people: [], organisations: [], places: [] };
  for (const { kind, ...mention } of mentions.values()) {
    if (kind === 'places' && !isCountry(mention.name) && mention.confidence < STRONG) continue;
    extraction[kind].push(mention);
  }
  return extraction;
}

/*
 * A body's name without the place or nationality opening it, two words or more with an
 * organisation's word among them ("Stock Exchange" of "London Stock Exchange", "Board of Trade" of
 * "Chicago Board of Trade"); undefined when no place opens it.
 */
function withoutOpeningPlace(words: readonly string[]): string | undefined {
  for (const length of [2, 1]) {
    const opening = words.slice(0, length).join(' ');
    const rest = words.slice(length);
    if (rest.length < 2 || !(isPlace(opening) || isDemonym(opening))) continue;
    return rest.some((word) => ORG_WORDS.has(word.toLowerCase())) ? rest.join(' ') : undefined;
  }
  return undefined;
}

/** A name also counts where a headline or dateline wrote it in capitals ("LEICESTERSHIRE"). */
export function addShoutedForms(extraction: Extraction, sentences: readonly Sentence[]): void {
  const byUpper = new Map<string, Mention>();
  // First words of the names, so only phrases that can match are built.
  const firstWords = new Set<string>();
  for (const kind of ['people', 'organisations'] as const) {
    for (const mention of extraction[kind]) {
      for (const surface of mention.surfaces) {
        const upper = surface.toUpperCase();
        byUpper.set(upper, mention);
        firstWords.add(upper.split(' ')[0] ?? '');
      }
    }
  }
  for (const sentence of sentences) {
    if (!sentence.shouting) continue;
    const words = sentence.tokens.map((token) => token.text);
    for (let start = 0; start < words.length; start += 1) {
      if (!firstWords.has(words[start] ?? '')) continue;
      for (let end = Math.min(words.length, start + 6); end > start; end -= 1) {
        const phrase = words.slice(start, end).join(' ');
        const mention = byUpper.get(phrase);
        if (mention && !mention.surfaces.includes(phrase)) mention.surfaces.push(phrase);
        if (mention) break;
      }
    }
  }
}
