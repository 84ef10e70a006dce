import { canonicalGold, entryFinder, predictedIds, type ContentEntry, type GoldArticle } from './content-score.ts';

type Kind = 'people' | 'organisations';
const KINDS: readonly Kind[] = ['people', 'organisations'];

/** What the tagger changed against the rules alone, by kind of error, over some gold articles. */
export interface Changes {
  /** A wrong name of this kind the rules wrote and the tagger removed (or moved to its right kind). */
  spuriousRemoved: number;
  /** A wrong name the tagger added. */
  spuriousAdded: number;
  /** A right name the rules missed and the tagger found. */
  missedFound: number;
  /** A right name the rules had and the tagger lost. */
  rightLost: number;
  /** Of the names moved between people and organisations, how many the gold has in their new kind. */
  retypedRight: number;
  retypedWrong: number;
}

/** Compares what ingest wrote with the rules alone and with the tagger, article by article. */
export function compareRuns(
  rules: readonly ContentEntry[],
  tagged: readonly ContentEntry[],
  gold: readonly GoldArticle[],
  textDir: string,
): Record<Kind, Changes> {
  const findRules = entryFinder(rules, textDir);
  const findTagged = entryFinder(tagged, textDir);
  const empty = (): Changes => ({
    spuriousRemoved: 0,
    spuriousAdded: 0,
    missedFound: 0,
    rightLost: 0,
    retypedRight: 0,
    retypedWrong: 0,
  });
  const result = { people: empty(), organisations: empty() };
  for (const article of gold) {
    const before = findRules(article.file);
    const after = findTagged(article.file);
    if (!before || !after) continue;
    const expected = { people: canonicalGold(article.people), organisations: canonicalGold(article.orgs) };
    for (const kind of KINDS) {
      const other = kind === 'people' ? 'organisations' : 'people';
      const was = predictedIds(before.frontmatter[kind]);
      const now = predictedIds(after.frontmatter[kind]);
      const wasOther = predictedIds(before.frontmatter[other]);
      const changes = result[kind];
      for (const id of was) {
        if (now.has(id)) continue;
        if (expected[kind].has(id)) changes.rightLost += 1;
        else changes.spuriousRemoved += 1;
      }
      for (const id of now) {
        if (was.has(id)) continue;
        if (expected[kind].has(id)) changes.missedFound += 1;
        else changes.spuriousAdded += 1;
        if (wasOther.has(id)) {
          if (expected[kind].has(id)) changes.retypedRight += 1;
          else changes.retypedWrong += 1;
        }
      }
    }
  }
  return result;
}
