import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Extraction, Mention } from '../extractor/extract-entities.ts';
import { competes } from '../registry/candidates.ts';
import type { ContentReader, ContentState } from '../registry/content-state.ts';
import { nameKey } from '../registry/name-keys.ts';
import { PENDING_REASONS, relinkKey, relinkPending, type PendingArticle } from '../registry/relink.ts';
import type { ReviewEntry } from '../registry/review-file.ts';
import { frontmatterYaml } from '../text/frontmatter.ts';
import type { PlannedWrite } from './commit.ts';

/** A bare surname that later evidence linked to a person. */
export interface Relinked {
  /** The article's id (`1987/1987-02-26-…`). */
  article: string;
  name: string;
  person: string;
}

/** What `--relink` does to the articles earlier runs wrote. */
export interface ArchivePass {
  /** The rewritten articles, for the run's one commit. */
  writes: PlannedWrite[];
  relinked: Relinked[];
  /** Articles with a name to link whose front matter is not as ingest writes it, so were left alone. */
  leftAlone: string[];
}

/**
 * `--relink`: the bare surnames earlier runs left in review.json ("Reagan", before any article
 * named Ronald Reagan) are linked in the articles that gave them once the registry holds one
 * established holder (the rule of `relinkPending`). Only an article's `people` list changes, and
 * only in an article whose front matter is exactly as ingest writes it, so what an editor wrote by hand is left alone (and named); an organisation the article links, or lists for
 * review, using the word blocks the link as it would have at resolution. The review entries for
 * the linked names lose those articles. The writes join the run's one commit.
 */
export async function relinkArchive(
  contentDir: string,
  state: ContentState,
  thisRun: ReadonlySet<string>,
  reader: Pick<ContentReader, 'readTextIfExists'>,
): Promise<ArchivePass> {
  const names = new Map<string, Map<string, ReviewEntry>>();
  for (const entry of state.review) {
    if (entry.kind !== 'people' || !PENDING_REASONS.has(entry.reason) || /\s/.test(entry.name.trim())) continue;
    for (const article of entry.articles) {
      if (thisRun.has(article)) continue;
      const byName = names.get(article) ?? new Map<string, ReviewEntry>();
      byName.set(nameKey(entry.name), entry);
      names.set(article, byName);
    }
  }
  const pass: ArchivePass = { writes: [], relinked: [], leftAlone: [] };
  const sources = new Map<string, { path: string; source: string }>();
  const pending: PendingArticle[] = [];
  for (const article of [...names.keys()].sort()) {
    const path = join(contentDir, 'articles', `${article}.mdx`);
    const source = await reader.readTextIfExists(path);
    // An article an editor removed has nothing to link.
    if (source === undefined) continue;
    const front = ingestFrontmatter(source);
    if (front === undefined) {
      pass.leftAlone.push(article);
      continue;
    }
    const organisations = organisationsOf(article, front.organisations, state);
    const mentions = [...(names.get(article)?.values() ?? [])]
      .map((entry) => mentionOf(entry))
      .filter((mention) => !competes(mention, organisations));
    sources.set(article, { path, source });
    if (mentions.length > 0) pending.push({ article, people: front.people, pending: mentions });
  }
  const links = relinkPending(pending, state.tables);
  pass.relinked = links.map(({ article, id, mention }) => ({ article, name: mention.name, person: id }));
  for (const [article, relinks] of Map.groupBy(links, (link) => link.article)) {
    const file = sources.get(article);
    if (file === undefined) continue;
    const data = withPeople(
      file.source,
      relinks.map(({ id }) => id),
    );
    if (data !== undefined && data !== file.source) pass.writes.push({ path: file.path, data, overwrite: true });
  }
  state.review = withoutRelinked(state.review, pass.relinked);
  return pass;
}

/** The article with these people added to its `people` list, or undefined if its front matter is not ingest's. */
export function withPeople(source: string, ids: readonly string[]): string | undefined {
  const front = ingestFrontmatter(source);
  if (front === undefined) return undefined;
  const people = [...front.people, ...ids.filter((id, at) => !front.people.includes(id) && ids.indexOf(id) === at)];
  return `---\n${frontmatterYaml({ ...front.data, people })}---${source.slice(front.end)}`;
}

interface IngestFrontmatter {
  data: Record<string, unknown>;
  people: string[];
  organisations: string[];
  /** Where the closing `---` ends. */
  end: number;
}

/*
 * The front matter, when it is exactly what ingest would write for its fields (YAML 1.1, in its
 * order, no hand-made comments or layout): only then can a list be changed without touching
 * anything an editor wrote.
 */
function ingestFrontmatter(source: string): IngestFrontmatter | undefined {
  const match = /^---\n([\s\S]*?\n)---(?=\n|$)/.exec(source);
  if (match === null) return undefined;
  const yaml = match[1] ?? '';
  let data: unknown;
  try {
    data = parseYaml(yaml, { version: '1.1' });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const ids = (value: unknown) =>
    Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
  const people = ids(record.people);
  const organisations = ids(record.organisations);
  if (people === undefined || organisations === undefined || frontmatterYaml(record) !== yaml) return undefined;
  return { data: record, people, organisations, end: match[0].length };
}

/* The article's organisations as the resolution saw them: those it links, by every name, and those left for review. */
function organisationsOf(article: string, ids: readonly string[], state: ContentState): Extraction {
  const table = state.tables.organisations;
  const linked = ids.flatMap((id) => {
    const entity = table.get(id);
    return entity === undefined ? [] : [entity.name, ...entity.aliases];
  });
  const reviewed = state.review
    .filter((entry) => entry.kind === 'organisations' && entry.articles.includes(article))
    .map((entry) => entry.name);
  const organisations = [...linked, ...reviewed].map((name) => mentionOf({ name, confidence: 1 }));
  return { people: [], organisations, places: [] };
}

/* A name from review.json as a mention: what the review kept of it, with no cue or vote of its own. */
function mentionOf(entry: Pick<ReviewEntry, 'name' | 'confidence'>): Mention {
  return { name: entry.name, surfaces: [entry.name], roles: [], confidence: entry.confidence };
}

/* The review report with each relinked article taken off its name's entries; entries left with no article go. */
function withoutRelinked(review: readonly ReviewEntry[], relinked: readonly Relinked[]): ReviewEntry[] {
  const done = new Set(relinked.map(({ article, name }) => relinkKey(article, name)));
  return review.flatMap((entry) => {
    if (entry.kind !== 'people' || !PENDING_REASONS.has(entry.reason)) return [entry];
    const articles = entry.articles.filter((article) => !done.has(relinkKey(article, entry.name)));
    if (articles.length === entry.articles.length) return [entry];
    return articles.length === 0 ? [] : [{ ...entry, articles }];
  });
}
