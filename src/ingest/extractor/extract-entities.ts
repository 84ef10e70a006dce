import { nameKey } from '../registry/name-keys.ts';
import type { Candidate } from './candidate.ts';
import { judge } from './judge.ts';
import { addShoutedForms, groupMentions } from './mentions.ts';
import { NameIndex } from '../registry/name-index.ts';
import { settle } from './settle.ts';
import { isPressDigest, withDigestPapers } from './press-digests.ts';
import { coordinate } from './coordination.ts';
import { findSpans } from './spans.ts';
import { foldIntoClubs, isSportsReport, keepPlayersSurnames, readClubsNamedWithTowns } from './sports-reports.ts';
import { readLineUps, readTeamsAfterNationality, readTownInitials } from './results-lines.ts';
import { readByTable, standingsClubs, withoutTableWords } from './sports-tables.ts';
import { reviseWithTagger, type Tagger } from './tagger/combine.ts';
import { tokenise, type Sentence } from './tokens.ts';

/** One entity found in an article. */
export interface Mention {
  /** Its fullest name in the text ("Rajnath Singh"), or its registry name when it was known. */
  name: string;
  /** Every form the text used for it, in order ("Rajnath Singh", "Singh"). */
  surfaces: string[];
  /** Roles the text gave it, in order ("Defence Minister"). */
  roles: string[];
  /** How sure the extractor is, 0–1: a title, a given name or an organisation word make it sure. */
  confidence: number;
  /** The text itself gave a strong cue for this kind (a title or role, an organisation's own word), not only the registry. */
  cue?: boolean;
  /** The text's own reading, not only the registry, took it for this kind: one vote on what it is. */
  vote?: boolean;
}

/** The people, organisations and places of one article. */
export interface Extraction {
  people: Mention[];
  organisations: Mention[];
  places: Mention[];
}

/**
 * What the extractor is told besides the text: what `namesForExtractor` makes of the registries,
 * the one way ingest, the tests and the evaluation tell it, so all three take the same path.
 */
export interface ExtractOptions {
  /** Every name and alias the registries hold, indexed; without one the text is read with no registry. */
  index?: NameIndex;
  /** Names an editor rejected: never returned. */
  rejected?: readonly string[];
}

/**
 * Finds the people, organisations and places an article names. Capitalised runs are cut into names
 * (titles and roles taken off: "Defence Minister Rajnath Singh" is Rajnath Singh, with his role),
 * each judged by its cues — registry names, given names, titles, organisation words, places — and
 * then the whole text is read again: a name judged once is the same thing everywhere, a bare
 * surname joins the one person who has it ("Singh"), an acronym joins the organisation it abbreviates.
 */
export function extractEntities(articleText: string, options: ExtractOptions = {}, tagger?: Tagger): Extraction {
  const sentences = tokenise(articleText);
  const known = knownIndex(options);
  const candidates = ruleCandidates(sentences, options);
  // The statistical tagger reads the rules' decisions with the text and may revise them.
  if (tagger) reviseWithTagger(sentences, candidates, tagger);
  const extraction = groupMentions(candidates, known);
  addShoutedForms(extraction, sentences);
  return extraction;
}

/** The extractor with a trained tagger, or the rules alone without one. */
export function extractorWith(tagger: Tagger | undefined): (text: string, options: ExtractOptions) => Extraction {
  return (text, options) => extractEntities(text, options, tagger);
}

/** Every span the rules judged, after the second reading of the article; also what the tagger learns the rules' decisions from. */
export function ruleCandidates(sentences: readonly Sentence[], options: ExtractOptions = {}): Candidate[] {
  const known = knownIndex(options);
  const rejected = new Set((options.rejected ?? []).map(nameKey));
  const sports = isSportsReport(sentences);
  let candidates = findSpans(sentences, (tokens, index) => known.lengthAt(tokens, index))
    .map((span) => judge(sports ? withoutTableWords(span) : span, known, sports))
    .filter((candidate) => candidate.surface !== '' && !rejected.has(nameKey(candidate.surface)));
  if (isPressDigest(sentences))
    candidates = withDigestPapers(candidates, sentences).filter(
      (candidate) => !rejected.has(nameKey(candidate.surface)),
    );
  if (sports) {
    const tables = standingsClubs(sentences);
    candidates = candidates.filter((candidate) => !readByTable(tables, candidate));
    candidates.push(...tables.clubs.filter((club) => !rejected.has(nameKey(club.surface))));
  }
  if (sports) {
    readTeamsAfterNationality(candidates, sentences);
    candidates = readTownInitials(candidates, sentences);
    readClubsNamedWithTowns(candidates);
  }
  settle(candidates, sentences, sports);
  if (sports) {
    keepPlayersSurnames(candidates);
    readLineUps(candidates, sentences);
    foldIntoClubs(candidates);
  }
  coordinate(sentences, candidates, sports);
  return candidates;
}

/* No registry: an index that stays empty, since only `namesForExtractor` adds to the ones it makes. */
const NO_NAMES = new NameIndex();

const knownIndex = (options: ExtractOptions): NameIndex => options.index ?? NO_NAMES;
