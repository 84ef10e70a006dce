import { basename, join } from 'node:path';
import { articleId } from './article-path.ts';
import { changedFiles, isSettled, loadContent, type ContentReader, type ContentState } from './content-state.ts';
import type { ExtractOptions, Extraction } from './extract.ts';
import { knownNames } from './known-names.ts';
import { parseArticle } from './parse.ts';
import { resolveMentions, REVIEW_THRESHOLD } from './resolve.ts';
import { mergeReview, type ReviewEntry, type ReviewNote } from './review.ts';
import { decodeSource, InputError, MAX_INPUT_BYTES, tooLarge } from './source.ts';
import { toMdx, type Frontmatter } from './to-mdx.ts';
import { validateMdx } from './validate.ts';

/** What to ingest and where. */
export interface IngestOptions {
  /** Files and folders (walked recursively for `.txt`). */
  inputs: string[];
  /** The content folder: `articles/`, `people.json`, `organisations.json`, `review.json`. */
  contentDir: string;
  /** Work everything out, write nothing. */
  dryRun: boolean;
  maxBytes?: number;
  threshold?: number;
}

/** Everything ingest needs from outside: the file system, the entity extractor, progress. */
export interface IngestDeps extends ContentReader {
  listInputFiles(input: string): Promise<string[]>;
  fileSize(path: string): Promise<number>;
  readBytes(path: string): Promise<Uint8Array>;
  writeFileAtomic(path: string, data: string, options: { overwrite: boolean }): Promise<void>;
  extract(text: string, options: ExtractOptions): Extraction;
  onProgress?(done: number, total: number): void;
}

/** What happened to one input file. */
export type FileOutcome =
  | { status: 'imported'; file: string; path: string; title: string; people: string[]; organisations: string[] }
  | { status: 'skipped'; file: string; path: string; reason: string }
  | { status: 'failed'; file: string; reason: string };

/** The result of a run, also printed as JSON by `--json`. */
export interface IngestReport {
  dryRun: boolean;
  counts: { imported: number; skipped: number; failed: number };
  files: FileOutcome[];
  /** Entities this run added to the registries, as `auto`. */
  added: { people: string[]; organisations: string[] };
  /** Review entries for names met in this run (the whole list is `review.json`). */
  review: ReviewEntry[];
  /** Files written (or, in a dry run, that would be). */
  written: string[];
}

interface Planned {
  outcome: Extract<FileOutcome, { status: 'imported' }>;
  data: string;
}

/**
 * Ingests plain-text articles into a content folder. Every file is decoded, parsed, its entities
 * extracted and resolved, and its MDX generated and validated in memory; then the registries are
 * written, then the articles, each atomically and never over an existing file. Registries go
 * first so that an interrupted run leaves at worst unused entities, never an article naming an
 * entity that does not exist; running again imports what is missing. A bad file is reported
 * and the others still go in.
 */
export async function runIngest(options: IngestOptions, deps: IngestDeps): Promise<IngestReport> {
  const state = await loadContent(options.contentDir, deps);
  const report: IngestReport = {
    dryRun: options.dryRun,
    counts: { imported: 0, skipped: 0, failed: 0 },
    files: [],
    added: { people: [], organisations: [] },
    review: [],
    written: [],
  };
  const files = await collectInputs(options.inputs, deps, report);
  const results: (FileOutcome | Planned)[] = [];
  const notes: { note: ReviewNote; article: string }[] = [];
  for (const [index, file] of files.entries()) {
    try {
      results.push(await ingestOne(file, options, deps, state, report, notes));
    } catch (error) {
      results.push({ status: 'failed', file, reason: reasonOf(error) });
    }
    deps.onProgress?.(index + 1, files.length);
  }
  const runArticles = new Set(notes.map(({ article }) => article));
  state.review = mergeReview(state.review, notes, (entry) => isSettled(state.tables, entry));
  report.review = state.review.filter((entry) => entry.articles.some((article) => runArticles.has(article)));
  report.files.push(...(await writeAll(options, deps, state, results, report)));
  for (const outcome of report.files) report.counts[outcome.status] += 1;
  return report;
}

async function collectInputs(inputs: readonly string[], deps: IngestDeps, report: IngestReport): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    try {
      for (const file of await deps.listInputFiles(input)) files.add(file);
    } catch (error) {
      report.files.push({ status: 'failed', file: input, reason: reasonOf(error) });
    }
  }
  return [...files];
}

async function ingestOne(
  file: string,
  options: IngestOptions,
  deps: IngestDeps,
  state: ContentState,
  report: IngestReport,
  notes: { note: ReviewNote; article: string }[],
): Promise<Planned | FileOutcome> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const size = await deps.fileSize(file);
  if (size > maxBytes) throw new InputError(tooLarge(size, maxBytes));
  const { text, hash } = decodeSource(await deps.readBytes(file), maxBytes);
  const existing = state.idByHash.get(hash);
  if (existing !== undefined) {
    return { status: 'skipped', file, path: articlePath(options, existing), reason: 'already imported' };
  }
  const article = parseArticle(text);
  const extraction = deps.extract(article.paragraphs.join('\n\n'), knownNames(state.tables));
  const resolution = resolveMentions(extraction, state.tables, options.threshold ?? REVIEW_THRESHOLD);
  for (const { kind, id } of resolution.added) report.added[kind].push(id);
  const id = articleId(article.date, article.title, (candidate) => state.taken.has(candidate.toLowerCase()));
  const frontmatter: Frontmatter = {
    title: article.title,
    date: article.date,
    ...(article.story === undefined ? {} : { story: article.story }),
    ...(article.summary === undefined ? {} : { summary: article.summary }),
    people: resolution.people,
    organisations: resolution.organisations,
    places: resolution.places,
    roles: resolution.roles,
    source: basename(file),
    hash,
  };
  const data = toMdx(frontmatter, article.paragraphs);
  validateMdx(data, frontmatter, article.paragraphs);
  state.taken.add(id.toLowerCase());
  state.idByHash.set(hash, id);
  for (const note of resolution.review) notes.push({ note, article: id });
  const path = articlePath(options, id);
  return { outcome: { status: 'imported', file, path, title: article.title, people: resolution.people, organisations: resolution.organisations }, data };
}

async function writeAll(
  options: IngestOptions,
  deps: IngestDeps,
  state: ContentState,
  results: readonly (FileOutcome | Planned)[],
  report: IngestReport,
): Promise<FileOutcome[]> {
  const support = results.some((result) => 'data' in result) ? changedFiles(options.contentDir, state) : [];
  for (const { path, data } of support) {
    if (!options.dryRun) await deps.writeFileAtomic(path, data, { overwrite: true });
    report.written.push(path);
  }
  const outcomes: FileOutcome[] = [];
  for (const result of results) {
    if (!('data' in result)) {
      outcomes.push(result);
      continue;
    }
    const { outcome, data } = result;
    try {
      if (!options.dryRun) await deps.writeFileAtomic(outcome.path, data, { overwrite: false });
      report.written.push(outcome.path);
      outcomes.push(outcome);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? `${outcome.path} appeared while ingesting and was not overwritten`
        : `could not write ${outcome.path}: ${reasonOf(error)}`;
      outcomes.push({ status: 'failed', file: outcome.file, reason });
    }
  }
  return outcomes;
}

function articlePath(options: IngestOptions, id: string): string {
  return join(options.contentDir, 'articles', `${id}.mdx`);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
