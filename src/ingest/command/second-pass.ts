import type { BuiltEntry } from './file-outcome.ts';
import { PENDING_REASONS, relinkKey, relinkPending } from '../registry/relink.ts';
import type { Tables } from '../registry/resolve-entities.ts';
import type { ReviewNote } from '../registry/review-file.ts';
import { writtenMdx, type RenderMdx } from './mdx-pool.ts';
import type { Relinked } from './relink-archive.ts';

/** A review note and the article it came from. */
export interface ArticleNote {
  note: ReviewNote;
  article: string;
}

/** What the second pass linked, and the notes still left for review. */
export interface SecondPass {
  relinked: Relinked[];
  notes: ArticleNote[];
}

/**
 * The run's second pass, once every input has been read: bare surnames of this run's articles that
 * the later articles' evidence settles are linked (see `relinkPending`), each such article's MDX
 * is written again from its new front matter and its paragraphs and checked again (a failure of
 * the first check still counts), and its review notes for
 * those names are dropped. Only articles of this run change, none yet written, so the run's one
 * commit holds them as finally linked; nothing already in the archive is touched (that is
 * `--relink`, see `relink-archive.ts`).
 */
export function relinkRun(
  built: readonly BuiltEntry[],
  notes: readonly ArticleNote[],
  tables: Tables,
  render: RenderMdx,
): SecondPass {
  const entries = new Map(built.flatMap((entry) => (entry.built?.status === 'built' ? [[entry.built.id, entry]] : [])));
  const pending = [...entries.values()].flatMap(({ built: article }) =>
    article?.status === 'built' && article.pending.length > 0
      ? [{ article: article.id, people: article.frontmatter.people, pending: article.pending }]
      : [],
  );
  const links = relinkPending(pending, tables);
  for (const [article, relinks] of Map.groupBy(links, (link) => link.article)) {
    const entry = entries.get(article);
    const result = entry?.built;
    if (entry === undefined || result?.status !== 'built') continue;
    const people = [...result.frontmatter.people];
    const roles = { ...result.frontmatter.roles };
    for (const { id, mention } of relinks) {
      if (!people.includes(id)) people.push(id);
      const role = mention.roles[0];
      if (role !== undefined && roles[id] === undefined) roles[id] = role;
    }
    const frontmatter = { ...result.frontmatter, people, roles };
    const before = entry.mdx;
    const again = writtenMdx(render, frontmatter, result.paragraphs);
    entry.built = { ...result, frontmatter };
    entry.mdx = Promise.all([before, again]).then(([first, second]) =>
      first !== undefined && 'reason' in first ? first : second,
    );
  }
  const settled = new Set(links.map(({ article, mention }) => relinkKey(article, mention.name)));
  const left = notes.filter(
    ({ note, article }) =>
      !(note.kind === 'people' && PENDING_REASONS.has(note.reason) && settled.has(relinkKey(article, note.name))),
  );
  return {
    relinked: links.map(({ article, id, mention }) => ({ article, name: mention.name, person: id })),
    notes: left,
  };
}
