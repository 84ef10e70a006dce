import { parse as parseYaml } from 'yaml';
import type { Built } from '../text/build-article.ts';
import type { ContentReader } from '../registry/content-state.ts';
import type { WrittenMdx } from './mdx-pool.ts';

/*
 * What the report says happened to each input file, worked out once the run has written (or, in
 * a dry run, would have written) its articles: imported, skipped for the text it repeats, or failed.
 */

/** What happened to one input file. */
export type FileOutcome =
  | {
      status: 'imported';
      file: string;
      path: string;
      title: string;
      people: string[];
      organisations: string[];
      events: string[];
    }
  | { status: 'skipped'; file: string; path: string; reason: string }
  | { status: 'failed'; file: string; reason: string };

/** One input on its way to being written: what was built, or why not. */
export interface BuiltEntry {
  file: string;
  built?: Built;
  reason?: string;
  /** For a built article, its MDX file, written and checked beside the next articles' resolution. */
  mdx?: Promise<WrittenMdx>;
  /** For a skipped input, the earlier input of this run with the same text. */
  sameAs?: string;
}

/**
 * The outcome of one input: `path` is where its article goes, and `appeared` holds the paths that
 * another process filled while the run was working, which were not overwritten.
 */
export async function outcome(
  entry: BuiltEntry,
  path: (id: string) => string,
  reader: Pick<ContentReader, 'readTextIfExists'>,
  appeared: ReadonlySet<string>,
): Promise<FileOutcome> {
  const { file, built } = entry;
  if (built === undefined) return { status: 'failed', file, reason: entry.reason ?? 'unknown error' };
  const at = path(built.id);
  if (built.status === 'skipped')
    return { status: 'skipped', file, path: at, reason: await skipReason(entry, at, reader) };
  if (appeared.has(at)) {
    return { status: 'failed', file, reason: `${at} appeared while ingesting and was not overwritten` };
  }
  const { title, people, organisations, events } = built.frontmatter;
  return { status: 'imported', file, path: at, title, people, organisations, events };
}

/*
 * An input skipped for the text of an earlier input of this run was not imported either when
 * that one failed (its check, or its name was taken meanwhile): it fails too, saying why, and a rerun imports it.
 */
export function unlessFirstFailed(
  outcome: FileOutcome,
  sameAs: string | undefined,
  outcomes: FileOutcome[],
): FileOutcome {
  const first = sameAs === undefined ? undefined : outcomes.find((candidate) => candidate.file === sameAs);
  if (outcome.status !== 'skipped' || first?.status !== 'failed') return outcome;
  return {
    status: 'failed',
    file: outcome.file,
    reason: `has the same text as ${first.file}, which failed: ${first.reason}`,
  };
}

/*
 * A skipped input names the input that holds the same text: an earlier one of this run, or the
 * `source` the existing article was imported from.
 */
async function skipReason(
  entry: BuiltEntry,
  path: string,
  reader: Pick<ContentReader, 'readTextIfExists'>,
): Promise<string> {
  if (entry.sameAs !== undefined) return `the same text as ${entry.sameAs}, imported in this run`;
  const existing = await reader.readTextIfExists(path).catch(() => undefined);
  const source = existing === undefined ? undefined : sourceOf(existing);
  return source === undefined ? 'already imported' : `already imported from ${source}`;
}

/* The `source` field of an article's front matter, if it can be read. */
function sourceOf(article: string): string | undefined {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(article)?.[1];
  if (yaml === undefined) return undefined;
  try {
    const source: unknown = (parseYaml(yaml) as Record<string, unknown> | null)?.source;
    return typeof source === 'string' && source !== '' ? source : undefined;
  } catch {
    return undefined;
  }
}
