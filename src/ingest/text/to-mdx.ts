import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { frontmatterYaml, orderFrontmatter, type Frontmatter } from './frontmatter.ts';

const extensions = [mdxToMarkdown(), gfmToMarkdown()];

/** One MDX article: YAML front matter, a blank line, the escaped paragraphs. */
export function toMdx(frontmatter: Frontmatter, paragraphs: readonly string[]): string {
  return `---\n${frontmatterYaml(orderFrontmatter(frontmatter))}---\n\n${toMarkdownBody(paragraphs)}`;
}

/**
 * Paragraphs as Markdown that reads back as exactly this text in MDX and in CommonMark + GFM:
 * the text is data, so it goes in as mdast text nodes and `mdast-util-to-markdown`, with the MDX
 * and GFM extensions, escapes every character either syntax would act on (`{`, `<`, `*`, `_`,
 * `#`, backticks, `|`, `~`, `&`, …).
 */
export function toMarkdownBody(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  // MDX reads a line starting with `import`/`export` as JavaScript, and no backslash escape can
  // stop it (the words have no punctuation); a character reference for the first letter can.
  return toMarkdown(tree, { extensions })
    .replace(/^(i)(?=mport\b)|^(e)(?=xport\b)/gm, (letter) => (letter === 'i' ? '&#x69;' : '&#x65;'))
    .replace(BARE_WWW_DOT, '$1\\.');
}

/*
 * GFM's `www.` autolink is found in the source before escapes are resolved, so in `www.\_\_init\_\_`
 * it takes the backslashes into the link. The serialiser escapes the dot only when the character
 * after it is not escaped too; escaping it always stops the raw autolink (a dot after `w` is never
 * already escaped). Where the text is a real address GFM still links it, from the resolved text,
 * showing exactly that text.
 */
const BARE_WWW_DOT = /([Ww]{3})\./g;
