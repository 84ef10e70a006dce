import { join, relative, sep } from 'node:path';
import { buildArticle } from '../text/build-article.ts';
import { commitWrites, recoverWrites, type CommitFs, type PlannedWrite, type Recovery } from './commit.ts';
import { mapInPool, readAhead } from '../../concurrency.ts';
import { outcome, unlessFirstFailed, type BuiltEntry, type FileOutcome } from './file-outcome.ts';
import {
  changedFiles,
  isSettled,
  loadContent,
  type ContentReader,
  type ContentState,
} from '../registry/content-state.ts';
import type { ExtractOptions, Extraction } from '../extractor/extract-entities.ts';
import type { Repaired } from '../registry/repair.ts';
import { INDEX_FILE, serialiseIndex, splitFrontmatter, summarise } from '../registry/article-index.ts';
import { REVIEW_THRESHOLD } from '../registry/resolve-entities.ts';
import { mergeReview, type ReviewEntry } from '../registry/review-file.ts';
import { relinkRun, type ArticleNote } from './second-pass.ts';
import { relinkArchive, type Relinked } from './relink-archive.ts';
import { decodeSource, InputError, MAX_INPUT_BYTES, tooLarge } from '../text/source.ts';
import { renderHere, writtenMdx, type RenderMdx } from './mdx-pool.ts';
import type { FileWalk } from '../../walk-files.ts';

/** What to ingest and where. */
export interface IngestOptions {
  /** Files and folders (walked recursively for `.txt`). */
  inputs: string[];
  /** The content folder: `articles/`, the registries, `review.json`. */
  contentDir: string;
  /** Work everything out, write nothing. */
  dryRun: boolean;
  maxBytes?: number;
  threshold?: number;
  /** Also link the bare surnames earlier runs left for review, in the articles they wrote (`--relink`). */
  relink?: boolean;
}

/** Everything ingest needs from outside: the file system, the entity extractor, progress. */
export interface IngestDeps extends ContentReader, CommitFs {
  listInputFiles(input: string): Promise<FileWalk>;
  /** Writes a file whole over any file of that name (readers see the old one or the new one). */
  replaceFile(path: string, data: string): Promise<void>;
  fileSize(path: string): Promise<number>;
  readBytes(path: string): Promise<Uint8Array>;
  extract(text: string, options: ExtractOptions): Extraction;
  /** Writes and checks each article's MDX file before it is written to disk; by default on this thread, in turn. */
  render?: RenderMdx;
  /** Told how many input files the run has, before the first is built (a large run writes every article in the workers). */
  expectInputs?(count: number): void;
  onProgress?(done: number, total: number): void;
}

/** The result of a run, also printed as JSON by `--json`. */
export interface IngestReport {
  dryRun: boolean;
  counts: { imported: number; skipped: number; failed: number };
  files: FileOutcome[];
  /** Entities this run added to the registries, as `auto`. */
  added: { people: string[]; organisations: string[]; events: string[] };
  /** Review entries for names met in this run (the whole list is `review.json`). */
  review: ReviewEntry[];
  /** Files written (or, in a dry run, that would be). */
  written: string[];
  /** Symbolic links in input folders that lead out of the folder, so were not followed. */
  notFollowed: { path: string; target: string }[];
  /** Registry entries re-created because articles named them and the registries lacked them. */
  repaired: Repaired;
  /** What this run finished or removed of an earlier run that was interrupted (none in a dry run). */
  recovery: Recovery;
  /** Bare surnames linked once later articles named their holder: in this run's articles, and with `--relink` in earlier ones. */
  relinked: Relinked[];
  /** With `--relink`, earlier articles with a name to link whose front matter an editor changed by hand, so left alone. */
  leftAlone: string[];
}

/* How many input files are read ahead of the one being worked on, and articles read at once for the report. */
const IO_CONCURRENCY = 16;

/**
 * Ingests plain-text articles into a content folder. What an interrupted run left is put right
 * first; then each file is decoded, parsed, its entities extracted and resolved, in input order,
 * and its MDX generated and validated beside the next ones (`render`); then the registries and the articles are written as one commit
 * (`commit.ts`), articles never over an existing file. So a run that is killed or meets a full
 * disk changes nothing or, once the next run finishes it, exactly what it would have written
 * whole. A bad file is reported and the others still go in; a file that cannot be written stops
 * the run with nothing changed, naming the file.
 */
export async function runIngest(options: IngestOptions, deps: IngestDeps): Promise<IngestReport> {
  const recovery: Recovery = options.dryRun
    ? { completed: [], discarded: 0 }
    : await recoverWrites(options.contentDir, deps);
  const state = await loadContent(options.contentDir, deps);
  const report: IngestReport = {
    dryRun: options.dryRun,
    counts: { imported: 0, skipped: 0, failed: 0 },
    files: [],
    added: { people: [], organisations: [], events: [] },
    review: [],
    written: [],
    notFollowed: [],
    repaired: state.repaired,
    recovery,
    relinked: [],
    leftAlone: [],
  };
  const files = await collectInputs(options.inputs, deps, report);
  deps.expectInputs?.(files.length);
  const context = { extract: deps.extract, threshold: options.threshold ?? REVIEW_THRESHOLD, state };
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const render = deps.render ?? renderHere;
  const built: BuiltEntry[] = [];
  const read: ArticleNote[] = [];
  // The input each article of this run comes from, to name it when a later input repeats its text.
  const inputById = new Map<string, string>();
  for await (const loaded of readAhead(files, IO_CONCURRENCY, (file) => readInput(file, maxBytes, deps))) {
    try {
      if ('error' in loaded) throw loaded.error;
      const result = buildArticle(loaded.item, decodeSource(loaded.result, maxBytes), context);
      if (result.status === 'built') {
        inputById.set(result.id, loaded.item);
        for (const { kind, id } of result.added) report.added[kind].push(id);
        for (const note of result.review) read.push({ note, article: result.id });
      }
      // The MDX is written and checked beside the next articles: it needs nothing from them.
      const mdx = result.status === 'built' ? writtenMdx(render, result.frontmatter, result.paragraphs) : undefined;
      const sameAs = result.status === 'skipped' ? inputById.get(result.id) : undefined;
      built.push({ file: loaded.item, built: result, mdx, ...(sameAs === undefined ? {} : { sameAs }) });
    } catch (error) {
      built.push({ file: loaded.item, reason: reasonOf(error) });
    }
    deps.onProgress?.(built.length, files.length);
  }
  // Later articles' evidence reaches the bare surnames of earlier ones, before anything is written.
  const second = relinkRun(built, read, state.tables, render);
  const notes = second.notes;
  report.relinked.push(...second.relinked);
  const archive =
    options.relink === true
      ? await relinkArchive(options.contentDir, state, new Set(inputById.keys()), deps)
      : undefined;
  report.relinked.push(...(archive?.relinked ?? []));
  report.leftAlone.push(...(archive?.leftAlone ?? []));
  // A file that fails its check is reported and not written; the files were written beside the loop.
  const articles: PlannedWrite[] = [];
  for (const entry of built) {
    const mdx = await entry.mdx;
    if (mdx === undefined || entry.built?.status !== 'built') continue;
    if ('reason' in mdx) Object.assign(entry, { built: undefined, reason: mdx.reason });
    else articles.push({ path: articlePath(options, entry.built.id), data: mdx.data, overwrite: false });
  }
  const runArticles = new Set(notes.map(({ article }) => article));
  state.review = mergeReview(state.review, notes, (entry) => isSettled(state.tables, entry));
  report.review = state.review.filter((entry) => entry.articles.some((article) => runArticles.has(article)));

  const repairs = Object.values(state.repaired).some((ids) => ids.length > 0);
  const relinks = archive?.writes ?? [];
  const registries =
    articles.length > 0 || repairs || relinks.length > 0 ? changedFiles(options.contentDir, state) : [];
  const planned: PlannedWrite[] = [
    ...registries.map((file) => ({ ...file, overwrite: true })),
    ...relinks,
    ...articles,
  ];
  const appeared = options.dryRun ? new Set<string>() : await commitWrites(options.contentDir, planned, deps);
  report.written = planned.map(({ path }) => path).filter((path) => !appeared.has(path));
  if (!options.dryRun) await saveIndex(options, state, [...relinks, ...articles], appeared, deps);
  const outcomes = await mapInPool(built, IO_CONCURRENCY, (entry) =>
    outcome(entry, (id) => articlePath(options, id), deps, appeared),
  );
  report.files.push(...outcomes.map((result, index) => unlessFirstFailed(result, built[index]?.sameAs, outcomes)));
  for (const file of report.files) report.counts[file.status] += 1;
  return report;
}

/*
 * The article index with the articles this run wrote or rewrote: each stamped as it lies after the
 * commit, so any later change to it has it read again; one whose name another file took is left
 * to be read. The index is a cache the next run checks and rebuilds, so failing to write it fails nothing.
 */
async function saveIndex(
  options: IngestOptions,
  state: ContentState,
  articles: readonly PlannedWrite[],
  appeared: ReadonlySet<string>,
  deps: IngestDeps,
): Promise<void> {
  const root = join(options.contentDir, 'articles');
  const idOf = (path: string) => relative(root, path).slice(0, -'.mdx'.length).split(sep).join('/');
  const stamps = await mapInPool(articles, IO_CONCURRENCY, async ({ path }) =>
    appeared.has(path) ? undefined : deps.fileStamp(path),
  );
  articles.forEach(({ path, data }, index) => {
    const stamp = stamps[index];
    if (stamp !== undefined) state.index.set(idOf(path), { stamp, ...summarise(splitFrontmatter(data).frontmatter) });
  });
  // A folder with no articles gets none, so a run that adds nothing creates nothing.
  if (state.index.size === 0 && state.indexOriginal === undefined) return;
  const text = serialiseIndex(state.index);
  if (text !== state.indexOriginal) {
    await deps.replaceFile(join(options.contentDir, INDEX_FILE), text).catch(() => undefined);
  }
}

function articlePath(options: IngestOptions, id: string): string {
  return join(options.contentDir, 'articles', `${id}.mdx`);
}

async function collectInputs(inputs: readonly string[], deps: IngestDeps, report: IngestReport): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    try {
      const walk = await deps.listInputFiles(input);
      for (const file of walk.files) files.add(file);
      // A sub-folder that cannot be read fails alone, like a file that cannot be read.
      for (const { path, reason } of walk.failures) report.files.push({ status: 'failed', file: path, reason });
      report.notFollowed.push(...walk.outside);
    } catch (error) {
      report.files.push({ status: 'failed', file: input, reason: reasonOf(error) });
    }
  }
  return [...files];
}

/* The size is checked first so that a huge file is never read into memory. */
async function readInput(file: string, maxBytes: number, deps: IngestDeps): Promise<Uint8Array> {
  const size = await deps.fileSize(file);
  if (size > maxBytes) throw new InputError(tooLarge(size, maxBytes));
  return deps.readBytes(file);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
