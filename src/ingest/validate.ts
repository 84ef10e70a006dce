import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { articleSchema } from '../schema/article.ts';
import { orderFrontmatter, type Frontmatter } from './to-mdx.ts';

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);
const markdownParser = unified().use(remarkParse).use(remarkGfm);

/**
 * Checks a generated article before it is written, and throws if anything is off: the file must
 * parse as MDX, its front matter must read back as `frontmatter` and pass the site's schema, and
 * its body, read both as MDX and as CommonMark + GFM (how the site renders plain bodies), must be
 * plain paragraphs of exactly `paragraphs`: no element, expression, link, code or emphasis.
 */
export function validateMdx(source: string, frontmatter: Frontmatter, paragraphs: readonly string[]): void {
  let tree: Root;
  try {
    tree = mdxParser.parse(source);
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
  expectText('MDX', body, paragraphs);
  const markdown = source.slice(head.position?.end.offset ?? 0);
  expectText('Markdown', markdownParser.parse(markdown).children, paragraphs);
}

function expectText(syntax: 'MDX' | 'Markdown', nodes: readonly RootContent[], paragraphs: readonly string[]): void {
  if (nodes.length !== paragraphs.length) {
    throw new Error(`read as ${syntax}, the body has ${nodes.length} blocks instead of ${paragraphs.length} paragraphs`);
  }
  nodes.forEach((node, index) => {
    const text = node.type === 'paragraph' ? node.children.map((child) => plainText(child, syntax)).join('') : undefined;
    if (text !== paragraphs[index]) {
      throw new Error(`read as ${syntax}, paragraph ${index + 1} (${node.type}) does not read back as written`);
    }
  });
}

/*
 * GFM turns bare URLs and e-mail addresses into links after escapes are resolved, so no escape
 * can stop it; such a link shows exactly its own text, so it is the one node allowed besides text.
 */
function plainText(node: PhrasingContent, syntax: 'MDX' | 'Markdown'): string | undefined {
  if (node.type === 'text') return node.value;
  const [child, ...rest] = node.type === 'link' ? node.children : [];
  const autolink = syntax === 'Markdown' && child?.type === 'text' && rest.length === 0 && /^(?:https?|mailto):/.test(node.type === 'link' ? node.url : '');
  return autolink ? child.value : '\u0000';
}
