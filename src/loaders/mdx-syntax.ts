import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit, EXIT } from 'unist-util-visit';

const MDX_NODE_TYPES = new Set([
  'mdxjsEsm',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** Characters that can start MDX syntax when not escaped: `<`, `{`, or an import/export line. */
const MAYBE_MDX = /(?:^|[^\\])(?:\\\\)*[<{]|^(?:import|export)\s/m;

const mdxParser = unified().use(remarkParse).use(remarkMdx);

/**
 * Whether a body uses MDX syntax (JSX, expressions or ESM). A cheap scan settles the common case,
 * escaped prose from ingest; only bodies that might contain MDX are parsed to be sure.
 */
export function hasMdxSyntax(body: string): boolean {
  if (!MAYBE_MDX.test(body)) return false;
  let found = false;
  visit(mdxParser.parse(body), (node) => {
    if (MDX_NODE_TYPES.has(node.type)) {
      found = true;
      return EXIT;
    }
    return undefined;
  });
  return found;
}
