import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryFinder, predictedIds, type ContentEntry, type Registries, type RegistryNames } from './content-score.ts';
import { matchesSlug } from './score.ts';

/** One Reuters-21578 article's category tags. */
export interface ReutersGold {
  file: string;
  people: string[];
  orgs: string[];
}

const TAG_NAMES = (
  JSON.parse(readFileSync(join(import.meta.dirname, 'reuters-tags.json'), 'utf8')) as {
    tags: Record<string, string[]>;
  }
).tags;
const letters = (value: string) => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Whether a name answers a tag: one of the tag's names in the table, else every word of its slug. */
export function answersTag(tag: string, name: string): boolean {
  const listed = TAG_NAMES[tag];
  if (listed) return listed.some((wanted) => letters(wanted) === letters(name));
  return matchesSlug(tag, name);
}

/** Tag recall of one kind, end to end: tags answered by an entity the article links. */
export interface TagRecall {
  found: number;
  tags: number;
  missed: string[];
}

/** Scores each tagged article's linked entities (registry name and aliases) against its tags. */
export function tagRecall(
  entries: readonly ContentEntry[],
  gold: readonly ReutersGold[],
  textDir: string,
  registries: Registries,
): { people: TagRecall; organisations: TagRecall } {
  const find = entryFinder(entries, textDir);
  const result = {
    people: { found: 0, tags: 0, missed: [] as string[] },
    organisations: { found: 0, tags: 0, missed: [] as string[] },
  };
  for (const article of gold) {
    for (const [kind, tags] of [
      ['people', article.people],
      ['organisations', article.orgs],
    ] as const) {
      if (tags.length === 0) continue;
      const entry = find(article.file);
      const names = [...predictedIds(entry?.frontmatter[kind])].flatMap((id) => registries[kind].get(id)?.names ?? []);
      for (const tag of tags) {
        result[kind].tags += 1;
        if (names.some((name) => answersTag(tag, name))) result[kind].found += 1;
        else result[kind].missed.push(`${article.file} ${tag}`);
      }
    }
  }
  return result;
}

/** The entities linked from the most articles: what a reader sees first on the home page and A–Z lists. */
export function mostLinked(
  entries: readonly ContentEntry[],
  kind: 'people' | 'organisations',
  registry: RegistryNames,
  count: number,
): { id: string; name: string; articles: number }[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const id of predictedIds(entry.frontmatter[kind])) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, articles]) => ({ id, name: registry.get(id)?.name ?? id, articles }))
    .sort((a, b) => b.articles - a.articles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, count);
}
