import { markdownToHtml, defineMdastPlugin } from 'satteri';
import { splitMentions, type MentionMatcher } from '../lib/mentions.ts';
import { withBase } from '../lib/paths.ts';

/** Containers whose text is never turned into a mention link. */
const NO_LINK_INSIDE = new Set(['heading', 'link', 'linkReference']);

/**
 * Renders an article body (Markdown with every special character escaped) to HTML, linking the
 * first mention of each of the article's entities to its page. Done here, from the registries,
 * rather than written into the MDX, so a registry correction reaches every page on the next build.
 */
export function renderBody(body: string, matcher: MentionMatcher | undefined, base: string): string {
  const linked = new Set<string>();
  const mentionLinks = defineMdastPlugin({
    name: 'dateline-mention-links',
    text(node, ctx) {
      if (!matcher) return;
      let parent: { type: string } | undefined = ctx.parent(node);
      while (parent && parent.type !== 'root') {
        if (NO_LINK_INSIDE.has(parent.type)) return;
        parent = ctx.parent(parent as Parameters<typeof ctx.parent>[0]);
      }
      const segments = splitMentions(node.value, matcher, linked);
      if (!segments.some((segment) => segment.target)) return;
      ctx.replaceNode(
        node,
        segments.map(({ text, target }) =>
          target
            ? {
                type: 'link' as const,
                url: withBase(base, target.path),
                children: [{ type: 'text' as const, value: text }],
                data: { hProperties: { className: ['mention'], dataEntity: target.kind } },
              }
            : { type: 'text' as const, value: text },
        ),
      );
    },
  });
  return markdownToHtml(body, {
    mdastPlugins: [mentionLinks],
    // The same Markdown as the rest of the site: GFM on, and text shown exactly as written.
    features: { gfm: true, smartPunctuation: false, frontmatter: false },
  }).html;
}
