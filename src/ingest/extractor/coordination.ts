import { isCommonWord } from './lexicon.ts';
import { LIKELY, type Candidate } from './candidate.ts';
import { isGenericWord } from './name-shapes.ts';
import type { Sentence } from './tokens.ts';

/*
 * Names listed together are names of one kind: "firms including Mobil, Shell and Caltex". A name the
 * rules left undecided in a list of organisations, outside a table's rows, is one of them.
 */

const LINKS = new Set([',', 'and', 'or']);

/**
 * Makes each undecided name in a list of organisations an organisation. Not in a sports report,
 * whose lists join clubs with the grounds and towns they play at.
 */
export function coordinate(sentences: readonly Sentence[], candidates: readonly Candidate[], sports: boolean): void {
  if (sports) return;
  const bySentence = new Map<number, { start: number; end: number; candidate: Candidate }[]>();
  for (const candidate of candidates) {
    const first = candidate.tokens[0];
    const last = candidate.tokens.at(-1);
    const tokens = first ? sentences[first.sentence]?.tokens : undefined;
    if (!first || !last || !tokens) continue;
    const row = bySentence.get(first.sentence) ?? [];
    row.push({ start: tokens.indexOf(first), end: tokens.indexOf(last), candidate });
    bySentence.set(first.sentence, row);
  }
  for (const [index, row] of bySentence) {
    const tokens = sentences[index]?.tokens ?? [];
    // A row of a table lists its fields, not names of one kind.
    if (tokens.filter((token) => /^[\d.,:/-]+$/.test(token.text)).length > tokens.length * 0.2) continue;
    row.sort((one, other) => one.start - other.start);
    let list: Candidate[] = [];
    const close = () => {
      settleList(list);
      list = [];
    };
    row.forEach((item, at) => {
      const previous = row[at - 1];
      const between = previous ? tokens.slice(previous.end + 1, item.start).map((token) => token.text) : [];
      const linked =
        previous !== undefined &&
        between.length > 0 &&
        between.length <= 2 &&
        between.every((word) => LINKS.has(word)) &&
        between.filter((word) => word !== ',').length <= 1;
      if (!linked) close();
      list.push(item.candidate);
    });
    close();
  }
}

function settleList(list: readonly Candidate[]): void {
  if (list.length < 2) return;
  const kinds = new Set(list.map((candidate) => candidate.kind).filter((kind) => kind !== undefined));
  const [kind] = kinds;
  // People listed with people are mostly named in full already; bodies are the ones named bare.
  if (kinds.size !== 1 || kind !== 'organisations') return;
  for (const candidate of list) {
    if (candidate.kind !== undefined || !open(candidate)) continue;
    candidate.kind = kind;
    candidate.confidence = LIKELY;
  }
}

/* A name left undecided for want of a cue, not a common word or an initial ("S and P") that names nothing. */
const open = (candidate: Candidate) =>
  !candidate.tokens.every((token) => token.sentenceStart) &&
  candidate.surface.replace(/[^\p{L}\p{N}]/gu, '').length > 1 &&
  !(candidate.words.length === 1 && (isGenericWord(candidate.surface) || isCommonWord(candidate.surface)));
