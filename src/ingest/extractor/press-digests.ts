import { STRONG, type Candidate } from './candidate.ts';
import { isPlace } from './lexicon.ts';
import { text } from './name-tokens.ts';
import type { Sentence, Token } from './tokens.ts';

/*
 * A wire service's press digest ("PRESS DIGEST - Tunisia - Aug 31") runs the leading stories of each
 * newspaper after the paper's name in capitals and a dash: "LA PRESSE - After Tunisia called on …",
 * "LE TEMPS - Trade talks …". The name is the paper's, article and all ("LE" is no English word
 * there), whatever its words are.
 */

/** Whether the story's first sentence, its headline, calls it a press digest. */
export function isPressDigest(sentences: readonly Sentence[]): boolean {
  const words = (sentences[0]?.tokens ?? []).map((token) => token.text.toLowerCase());
  return words.some((word, index) => word === 'press' && words[index + 1] === 'digest');
}

const SHOUTED_WORD = /^\p{Lu}[\p{Lu}'’.&-]*$/u;

/** The newspapers a digest's headings name: a sentence opened by one to four words in capitals and a dash, then prose. */
export function digestPapers(sentences: readonly Sentence[]): Candidate[] {
  const papers: Candidate[] = [];
  for (const sentence of sentences.slice(1)) {
    if (sentence.shouting) continue;
    const { tokens } = sentence;
    const dash = tokens.findIndex((token) => !SHOUTED_WORD.test(token.text));
    const heading = tokens.slice(0, dash);
    if (dash < 1 || dash > 4 || tokens[dash]?.text !== '-' || !/\p{Ll}/u.test(tokens[dash + 1]?.text ?? '')) continue;
    // "TUNISIA - …" heads a country's stories, not a paper's.
    if (!isPlace(text(heading))) papers.push(paper(heading));
  }
  return papers;
}

function paper(tokens: readonly Token[]): Candidate {
  return {
    surface: text(tokens),
    kind: 'organisations',
    confidence: STRONG,
    role: [],
    words: tokens.map((token) => token.text),
    tokens,
    registered: false,
    cue: true,
    vote: 'organisations',
  };
}

/**
 * The candidates of a digest with each heading read as its paper, in the text's order: what the spans
 * made of a heading's words ("TEMPS" of "LE TEMPS") gives way to it.
 */
export function withDigestPapers(candidates: readonly Candidate[], sentences: readonly Sentence[]): Candidate[] {
  const papers = digestPapers(sentences);
  const byToken = new Map(papers.flatMap((candidate) => candidate.tokens.map((token) => [token, candidate] as const)));
  const placed = new Set<Candidate>();
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const heading = candidate.tokens.map((token) => byToken.get(token)).find((found) => found !== undefined);
    if (!heading) out.push(candidate);
    else if (!placed.has(heading)) {
      placed.add(heading);
      out.push(heading);
    }
  }
  return [...out, ...papers.filter((candidate) => !placed.has(candidate))];
}
