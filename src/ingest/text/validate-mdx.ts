import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { articleSchema } from '../../schema/article.ts';
import { orderFrontmatter, type Frontmatter } from './frontmatter.ts';

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const gfmParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/*
 * Every character sequence a GFM extension starts from: strikethrough `~`, tables `|`, footnotes
 * `[^`, task items `[ ]`/`[x]`, and the literal autolinks (`www.`, `http://`, `mailto:`, `@`).
 * Text with none of them reads the same with or without GFM, and most articles have none, so the
 * GFM parse, more than half the cost of a check, is run only where it can differ.
 */
const GFM_TRIGGER = /[~|@]|\[[ xX^]|www\.|https?:\/\/|mailto:|xmpp:/i;

/* An unescaped `<` (after an even number of backslashes), which plain Markdown reads as HTML. */
const RAW_ANGLE = /(?:^|[^\\])(?:\\\\)*</;

/**
 * Checks a generated article before it is written, and throws if anything is off: the file must
 * parse as MDX, its front matter must read back as `frontmatter` and pass the site's schema, and
 * its body must be plain paragraphs of exactly `paragraphs`, with no element, expression, link,
 * code or emphasis, read as MDX with GFM. Plain Markdown (how the site renders ingested bodies)
 * reads the same body the same way, because the only syntax MDX turns off is HTML, `<…>`
 * autolinks and indented code: the first two need an unescaped `<`, the last an indented line,
 * and both are checked for here. (One parse instead of two keeps ingest fast.)
 */
export function validateMdx(source: string, frontmatter: Frontmatter, paragraphs: readonly string[]): void {
  let tree: Root;
  try {
    tree = (GFM_TRIGGER.test(source) ? gfmParser : mdxParser).parse(source);
  } catch (error) {
    throw new Error(`generated MDX does not parse: ${(error as Error).message}`);
  }
  const [head, ...body] = tree.children;
  if (head?.type !== 'yaml') throw new Error('generated MDX has no front matter');
  const data: unknown = parseYaml(head.value, { version: '1.1' });
  if (JSON.stringify(data) !== JSON.stringify(orderFrontmatter(frontmatter))) {
    throw new Error(`front matter reads back differently: ${JSON.stringify(data)}`);
  }
  const checked = articleSchema.safeParse(data);
  if (!checked.success) throw new Error(`front matter breaks the article schema: ${z.prettifyError(checked.error)}`);
  expectText(body, paragraphs);
  const markdown = source.slice(head.position?.end.offset ?? 0);
  // Only a line feed starts a Markdown line (the `m` flag would also count U+2028 and U+2029).
  if (/(?:^|\n)[ \t]/.test(markdown)) throw new Error('the body has an indented line, which Markdown reads as code');
  if (RAW_ANGLE.test(markdown)) throw new Error('the body has an unescaped "<", which Markdown reads as HTML');
}

function expectText(nodes: readonly RootContent[], paragraphs: readonly string[]): void {
  if (nodes.length !== paragraphs.length) {
    throw new Error(`the body has ${nodes.length} blocks instead of ${paragraphs.length} paragraphs`);
  }
  nodes.forEach((node, index) => {
    const text = node.type === 'paragraph' ? node.children.map(plainText).join('') : undefined;
    if (text !== paragraphs[index])
      throw new Error(`paragraph ${index + 1} (${node.type}) does not read back as written`);
  });
}

/*
 * GFM turns bare URLs and e-mail addresses into links after escapes are resolved, so no escape
 * can stop it; such a link shows exactly its own text, so it is the one node allowed besides text.
 */
function plainText(node: PhrasingContent): string | undefined {
  if (node.type === 'text') return node.value;
  if (node.type !== 'link' || !/^(?:https?|mailto|xmpp):/.test(node.url)) return '\u0000';
  const [child, ...rest] = node.children;
  return child?.type === 'text' && rest.length === 0 ? child.value : '\u0000';
}
