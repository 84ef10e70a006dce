import { toMdx } from './to-mdx.ts';
import type { Frontmatter } from './frontmatter.ts';
import { validateMdx } from './validate-mdx.ts';

/**
 * One article's MDX file, checked with `validateMdx` before anyone writes it: throws the reason
 * it must not be written. Neither step needs the articles before it, so both can run off the
 * thread that resolves entities in order.
 */
export function checkedMdx(frontmatter: Frontmatter, paragraphs: readonly string[]): string {
  const source = toMdx(frontmatter, paragraphs);
  validateMdx(source, frontmatter, paragraphs);
  return source;
}
