import type { Candidate } from '../candidate.ts';
import { LEGAL_FORMS } from '../word-lists.ts';
import type { Sentence } from '../tokens.ts';
import type { RuleTag } from './features.ts';
import { tagSentence, type TaggerModel, type Tagging } from './perceptron.ts';

/*
 * Rules and model together. The rules judge every capitalised span; the model, which read those
 * judgements as features beside the text, scores each span's kinds. Where it prefers another kind
 * by more than a margin, it wins: it can drop a name the rules took (a table word, a thing), change a
 * person into an organisation or back, or take a name the rules left undecided. Registered names
 * stay as the registry has them. Margins are chosen by cross-validation on the training data.
 */

/** How far the model's preferred kind must outscore the rules' before it wins, per kind of change. */
export interface Margins {
  /** The rules' person or organisation is no name (or a place). */
  drop: number;
  /** A person is an organisation, or an organisation a person. */
  retype: number;
  /** A span the rules left undecided is a person or organisation. */
  add: number;
}

/** A trained model and the margins it is used with. */
export interface Tagger {
  model: TaggerModel;
  margins: Margins;
}

/** A margin this large (or infinite) means the change is never made; the model file writes it as this number. */
export const NEVER_MARGIN = 1e9;

/** How sure ingest is of a name only the model found: above the review threshold, below every rule cue. */
export const TAGGER_CONFIDENCE = 0.6;

const LETTER = { people: 'P', organisations: 'G', places: 'L' } as const;

/** The rules' decision on each token of each sentence, as the tagger's features read them. */
export function ruleTags(sentences: readonly Sentence[], candidates: readonly Candidate[]): RuleTag[][] {
  const tags = sentences.map((sentence) => sentence.tokens.map(() => ''));
  for (const candidate of candidates) {
    const first = candidate.tokens[0];
    if (!first) continue;
    const row = tags[first.sentence];
    const start = sentences[first.sentence]?.tokens.indexOf(first) ?? -1;
    if (!row || start < 0) continue;
    const letter = candidate.kind ? LETTER[candidate.kind] : 'N';
    const strength = candidate.registered
      ? 'k'
      : candidate.confidence >= 0.9
        ? 's'
        : candidate.confidence >= 0.7
          ? 'l'
          : 'w';
    candidate.tokens.forEach((_, offset) => {
      row[start + offset] = candidate.kind ? `${letter}${strength}-${offset === 0 ? 'B' : 'I'}` : letter;
    });
  }
  return tags;
}

type Label = 'O' | 'PER' | 'ORG' | 'LOC';
const LABELS: readonly Label[] = ['O', 'PER', 'ORG', 'LOC'];
const LABEL_OF = { people: 'PER', organisations: 'ORG', places: 'LOC' } as const;

/*
 * Adds one span's per-kind scores into a running sum: the scores of "outside" and of beginning each
 * kind of name at its first tagged token. Those tags compete at every token, so their scores are
 * comparable; an I- tag's are not (the model only ever weighs it against what may follow its B-).
 */
function addSpanScores(sum: Float64Array, tagging: Tagging, start: number, length: number): boolean {
  for (let index = start; index < start + length; index += 1) {
    const scores = tagging.scores[index];
    if (!scores) continue;
    sum[0] = (sum[0] ?? 0) + (scores[0] ?? 0);
    for (let kind = 1; kind < LABELS.length; kind += 1) sum[kind] = (sum[kind] ?? 0) + (scores[2 * kind - 1] ?? 0);
    return true;
  }
  return false;
}

/** The kind the model prefers for a name, and by how much over the kind the rules gave it. */
export function decide(scores: Float64Array, rule: Label): { kind: Label; margin: number } {
  let kind = 0;
  for (let index = 1; index < LABELS.length; index += 1) if ((scores[index] ?? 0) > (scores[kind] ?? 0)) kind = index;
  return { kind: LABELS[kind] ?? 'O', margin: (scores[kind] ?? 0) - (scores[LABELS.indexOf(rule)] ?? 0) };
}

/** The change the margins allow, if any: the new kind of every span of that name. */
export function revision(rule: Label, preferred: { kind: Label; margin: number }, margins: Margins): Label | undefined {
  if (preferred.kind === rule) return undefined;
  if (rule === 'PER' || rule === 'ORG') {
    if (preferred.kind === 'O' || preferred.kind === 'LOC') return preferred.margin > margins.drop ? 'O' : undefined;
    return preferred.margin > margins.retype ? preferred.kind : undefined;
  }
  if (rule === 'O' && (preferred.kind === 'PER' || preferred.kind === 'ORG'))
    return preferred.margin > margins.add ? preferred.kind : undefined;
  return undefined;
}

const hasLegalForm = (candidate: Candidate) => candidate.words.some((word) => LEGAL_FORMS.has(word.toLowerCase()));

/** Tags the sentences that hold a revisable span, and revises the spans' kinds in place, one decision per name. */
export function reviseWithTagger(sentences: readonly Sentence[], candidates: Candidate[], tagger: Tagger): void {
  // Only spans a change the margins allow could touch are read, and only their sentences tagged.
  const { drop, retype, add } = tagger.margins;
  const judged = drop < NEVER_MARGIN || retype < NEVER_MARGIN;
  const open = candidates.filter(
    (candidate) =>
      !candidate.registered && candidate.kind !== 'places' && (candidate.kind ? judged : add < NEVER_MARGIN),
  );
  if (open.length === 0) return;
  const rules = ruleTags(sentences, candidates);
  const taggings = new Map<number, Tagging>();
  const byName = new Map<string, { scores: Float64Array; rule: Label; spans: Candidate[] }>();
  for (const candidate of open) {
    const first = candidate.tokens[0];
    if (!first) continue;
    const sentence = sentences[first.sentence];
    if (!sentence) continue;
    let tagging = taggings.get(first.sentence);
    if (!tagging) {
      tagging = tagSentence(tagger.model, { ...sentence, rules: rules[first.sentence] ?? [] });
      taggings.set(first.sentence, tagging);
    }
    const rule: Label = candidate.kind ? LABEL_OF[candidate.kind] : 'O';
    const entry = byName.get(candidate.surface) ?? { scores: new Float64Array(LABELS.length), rule, spans: [] };
    if (addSpanScores(entry.scores, tagging, sentence.tokens.indexOf(first), candidate.tokens.length))
      entry.spans.push(candidate);
    byName.set(candidate.surface, entry);
  }
  for (const { scores, rule, spans } of byName.values()) {
    if (spans.length === 0) continue;
    const mean = scores.map((value) => value / spans.length);
    const kind = revision(rule, decide(mean, rule), tagger.margins);
    // A name with a legal form in it ("Hutchison Whampoa Ltd") is a company whatever the model says.
    if (!kind || (kind === 'PER' && spans.some(hasLegalForm))) continue;
    for (const span of spans) {
      // The model reads the text, so its kind is the text's vote; it is never a strong cue.
      if (kind === 'O') {
        span.kind = undefined;
        span.confidence = 0;
        span.vote = undefined;
      } else {
        if (rule === 'O') span.confidence = TAGGER_CONFIDENCE;
        span.kind = kind === 'PER' ? 'people' : 'organisations';
        span.vote = span.kind;
      }
    }
  }
}
