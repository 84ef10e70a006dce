import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { score, type Score } from './score.ts';

/*
 * What a reader gets, scored: the people and organisations ingest wrote into each article's front
 * matter against the gold names of that article. A faithful port of the shared black-box scorer
 * (../shared/tools/score_entities.py), so the two give the same figures on the same content folder.
 */

/** One gold article: its raw file name and its gold names. */
export interface GoldArticle {
  file: string;
  people: string[];
  orgs: string[];
}

/** One written entry: its front matter and its body reduced to letters and digits. */
export interface ContentEntry {
  frontmatter: Record<string, unknown>;
  body: string;
}

/** A registry as ingest wrote it: id → every name the entity goes by. */
export type RegistryNames = Map<string, { name: string; names: string[] }>;

/** Reads a content folder's registry file of one kind. */
export function readRegistryNames(contentDir: string, file: 'people.json' | 'organisations.json'): RegistryNames {
  const entities = JSON.parse(readFileSync(join(contentDir, file), 'utf8')) as {
    id: string;
    name: string;
    aliases: string[];
  }[];
  return new Map(entities.map((entity) => [entity.id, { name: entity.name, names: [entity.name, ...entity.aliases] }]));
}

/** The scorer's slug: lower case, runs of anything but ASCII letters and digits → "-". */
export const scorerSlug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const alnum = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '');

/**
 * Gold names as entities: a name whose words are a proper subset of a longer gold name of the same
 * article ("Hussain" beside "Nasser Hussain", "LEICESTERSHIRE" beside "Leicestershire CCC") is an alias.
 */
export function canonicalGold(names: readonly string[]): Set<string> {
  const all = [...new Set(names)].filter((name) => scorerSlug(name) !== '');
  const words = new Map(all.map((name) => [name, new Set(scorerSlug(name).split('-'))]));
  const out = new Set<string>();
  for (const name of all) {
    const own = words.get(name) ?? new Set();
    const alias = all.some((other) => {
      const theirs = words.get(other) ?? new Set();
      return other !== name && own.size < theirs.size && [...own].every((word) => theirs.has(word));
    });
    if (!alias) out.add(scorerSlug(name));
  }
  return out;
}

/** The ids a front-matter list names (ids, or objects with an id or name). */
export function predictedIds(value: unknown): Set<string> {
  const out = new Set<string>();
  for (const item of Array.isArray(value) ? value : []) {
    const id =
      item !== null && typeof item === 'object'
        ? ((item as Record<string, unknown>).id ?? (item as Record<string, unknown>).name ?? '')
        : item;
    out.add(scorerSlug(String(id)));
  }
  return out;
}

/** Every `.md`/`.mdx` entry under a content folder, in a fixed order. */
export function readEntries(contentDir: string): ContentEntry[] {
  const entries: ContentEntry[] = [];
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .sort();
  for (const file of files) {
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(join(contentDir, file), 'utf8'));
    if (!match) continue;
    const frontmatter = (parse(match[1] ?? '') ?? {}) as Record<string, unknown>;
    entries.push({ frontmatter, body: alnum(match[2] ?? '') });
  }
  return entries;
}

/** Finds the entry written for a raw file: by its `source` field, else by a snippet of its longest paragraph. */
export function entryFinder(entries: readonly ContentEntry[], textDir: string) {
  const bySource = new Map<string, ContentEntry>();
  for (const entry of entries) {
    const source = entry.frontmatter.source;
    if (typeof source === 'string' && !bySource.has(basename(source))) bySource.set(basename(source), entry);
  }
  return (file: string): ContentEntry | undefined => {
    const hit = bySource.get(file);
    if (hit) return hit;
    const paragraphs = readFileSync(join(textDir, file), 'utf8')
      .split('\n\n')
      .filter((paragraph) => paragraph.trim() !== '');
    const longest = paragraphs.reduce((best, paragraph) => (paragraph.length > best.length ? paragraph : best), '');
    const snippet = alnum(longest).slice(0, 60);
    return snippet === '' ? undefined : entries.find((entry) => entry.body.includes(snippet));
  };
}

/** People and organisation scores over the gold articles `include` keeps, and how many had no entry. */
export interface ContentScore {
  people: Score;
  organisations: Score;
  articles: number;
  unmatched: number;
}

/**
 * How many of an article's written ids answer its gold names, each gold name answered once. By the
 * shared scorer's rule an id answers the gold name with the same slug. With `registry`, an id the
 * slug misses also answers a gold name that is the entity's registry name or one of its aliases
 * ("U.N." for `united-nations`): the gold names are the article's own words, so such an alias is
 * one the article itself writes. That rule is not the official figure; it shows how much of the gap
 * is the id convention (ids named by the entity's full name) and how much is extraction.
 */
export function countMatches(
  predicted: ReadonlySet<string>,
  expected: ReadonlySet<string>,
  registry?: RegistryNames,
): number {
  const open = new Set(expected);
  const unanswered: string[] = [];
  let matches = 0;
  for (const id of predicted) {
    if (open.delete(id)) matches += 1;
    else unanswered.push(id);
  }
  if (!registry) return matches;
  for (const id of unanswered) {
    const hit = (registry.get(id)?.names ?? []).map(scorerSlug).find((slug) => open.has(slug));
    if (hit === undefined) continue;
    open.delete(hit);
    matches += 1;
  }
  return matches;
}

/** The registries of a content folder, for the rule that counts a gold name matching an alias. */
export interface Registries {
  people: RegistryNames;
  organisations: RegistryNames;
}

/**
 * Scores written front matter against gold articles, per article on unique names by slug; with
 * `registries`, by slug or by the registry's names of the entity written (see countMatches).
 */
export function scoreContent(
  entries: readonly ContentEntry[],
  gold: readonly GoldArticle[],
  textDir: string,
  include: (article: GoldArticle) => boolean = () => true,
  onErrors?: (file: string, kind: 'people' | 'organisations', missed: string[], wrong: string[]) => void,
  registries?: Registries,
): ContentScore {
  const find = entryFinder(entries, textDir);
  const totals = {
    people: { truePositives: 0, predicted: 0, gold: 0 },
    organisations: { truePositives: 0, predicted: 0, gold: 0 },
  };
  let articles = 0;
  let unmatched = 0;
  for (const article of gold.filter(include)) {
    articles += 1;
    const entry = find(article.file);
    if (!entry) {
      unmatched += 1;
      continue;
    }
    for (const [kind, names] of [
      ['people', article.people],
      ['organisations', article.orgs],
    ] as const) {
      const expected = canonicalGold(names);
      const predicted = predictedIds(entry.frontmatter[kind]);
      totals[kind].predicted += predicted.size;
      totals[kind].gold += expected.size;
      totals[kind].truePositives += countMatches(predicted, expected, registries?.[kind]);
      onErrors?.(
        article.file,
        kind,
        [...expected].filter((id) => !predicted.has(id)),
        [...predicted].filter((id) => !expected.has(id)),
      );
    }
  }
  return { people: score(totals.people), organisations: score(totals.organisations), articles, unmatched };
}

/** Reads a gold file of one JSON object per line. */
export function readGold<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
