import type { Token } from './tokens.ts';
import type { NameKind, RegisteredKind } from './name-kind.ts';

/** One span as the rules judged it; the tagger may revise the kind of the unregistered ones. */
export interface Candidate {
  surface: string;
  kind: NameKind | undefined;
  confidence: number;
  role: string[];
  words: string[];
  /** The tokens it was read from. */
  tokens: readonly Token[];
  /** Named as the registry knows it: the tagger leaves it alone. */
  registered: boolean;
  /* A strong cue of the text's own: a title or role, an organisation's own word or legal form. */
  cue: boolean;
  /* The kind the text's own reading gave, whatever the registry says. */
  vote?: RegisteredKind;
  /* Initials the text reads as a figure's or a contract's ("PIBOR futures"): no body's, here or elsewhere in the article. */
  figure?: boolean;
  /* A name the text calls a ship's ("the car ferry Herald of Free Enterprise"): no one's, here or elsewhere in the article. */
  vessel?: boolean;
  /* A bare surname the article sets beside a full name ending in it ("Reagan and Nancy Reagan"): someone else's. */
  apart?: boolean;
}

/*
 * How sure the rules are of a kind, on the one scale every rule scores on: a strong cue of the
 * text's own (a title, an organisation's word, a place the lexicon knows), a likely reading, a weak
 * guess; 0 is no name. Named once, so a rule and the second reading that settles it agree on the scale.
 */

/** A strong cue of the text's own: a title or role, an organisation's word, a known place. */
export const STRONG = 0.9;
/** A likely reading: a name's shape, a club before its score. */
export const LIKELY = 0.7;
/** A bare guess: one word after a quoting verb, an acronym alone. */
export const WEAK = 0.55;
