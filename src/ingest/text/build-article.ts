import { basename } from 'node:path';
import { printable } from '../../lib/printable.ts';
import { articleId } from './article-path.ts';
import type { ContentState } from '../registry/content-state.ts';
import { extractEvents } from '../extractor/extract-events.ts';
import type { ExtractOptions, Extraction, Mention } from '../extractor/extract-entities.ts';
import { namesForExtractor } from '../registry/names-for-extractor.ts';
import { parseArticle } from './parse.ts';
import { resolveEvents } from '../registry/resolve-events.ts';
import { resolveMentions } from '../registry/resolve-entities.ts';
import type { ReviewNote } from '../registry/review-file.ts';
import { articleHash, type SourceText } from './source.ts';
import type { Frontmatter } from './frontmatter.ts';

/** One article ready to write, or the id of the article that already holds its text. */
export type Built =
  | { status: 'skipped'; id: string }
  | {
      status: 'built';
      id: string;
      frontmatter: Frontmatter;
      /** The text's paragraphs: the body, which the MDX file must read back as. */
      paragraphs: readonly string[];
      added: { kind: 'people' | 'organisations' | 'events'; id: string }[];
      review: ReviewNote[];
      /** Bare surnames left for review that a later article's evidence may settle (`relink.ts`). */
      pending: Mention[];
    };

/** What building needs besides the text: the extractor, the review threshold, the content state. */
export interface BuildContext {
  extract(text: string, options: ExtractOptions): Extraction;
  threshold: number;
  state: ContentState;
}

/**
 * Turns one decoded input into its article: parse, extract and resolve entities, choose a free
 * id, settle the front matter. Writing the MDX file and checking it are the caller's part
 * (`checkedMdx`), so they can run elsewhere. Updates `state` (registries, ids and hashes in use)
 * so the next article sees this one. Throws `InputError` for text that does not follow the format.
 */
export function buildArticle(file: string, source: SourceText, context: BuildContext): Built {
  const { state } = context;
  // The digest of the raw text first: articles imported before the parsed one was stored, and a
  // quick skip of the same file without parsing it.
  const seen = state.idByHash.get(source.hash);
  if (seen !== undefined) return { status: 'skipped', id: seen };
  const article = parseArticle(source.text);
  const hash = articleHash({ ...article, headline: article.headlineGiven ? article.title : undefined });
  const existing = state.idByHash.get(hash);
  if (existing !== undefined) return { status: 'skipped', id: existing };
  const body = article.paragraphs.join('\n\n');
  const resolution = resolveMentions(
    context.extract(body, namesForExtractor(state.tables)),
    state.tables,
    context.threshold,
  );
  const events = resolveEvents(extractEvents(body, article.story), state.events);
  const id = articleId(article.date, article.title, (candidate) => state.taken.has(candidate.toLowerCase()));
  const frontmatter: Frontmatter = {
    title: article.title,
    date: article.date,
    ...(article.story === undefined ? {} : { story: article.story }),
    ...(article.summary === undefined ? {} : { summary: article.summary }),
    people: resolution.people,
    organisations: resolution.organisations,
    events: events.events,
    places: resolution.places,
    roles: resolution.roles,
    // A file name is data and can hold control or bidirectional characters; the content folder
    // (read in diffs and shown on pages) gets them as visible escapes.
    source: printable(basename(file)),
    hash,
  };
  state.taken.add(id.toLowerCase());
  state.idByHash.set(hash, id);
  const added = [...resolution.added, ...events.added.map((eventId) => ({ kind: 'events' as const, id: eventId }))];
  return {
    status: 'built',
    id,
    frontmatter,
    paragraphs: article.paragraphs,
    added,
    review: resolution.review,
    pending: resolution.pending,
  };
}
