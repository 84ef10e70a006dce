import { describe, expect, it } from 'vitest';
import { buildMentionMatcher } from '../../../src/lib/mentions.ts';
import { renderBody } from '../../../src/loaders/render-body.ts';

const matcher = buildMentionMatcher(
  [
    { kind: 'people', id: 'rajnath-singh', path: '/people/rajnath-singh/', names: ['Rajnath Singh', 'Singh'] },
    { kind: 'organisations', id: 'imf', path: '/organisations/imf/', names: ['IMF'] },
  ],
  new Set(),
);

describe('renderBody', () => {
  it('links the first mention of each entity and leaves later ones as text', () => {
    const html = renderBody('Rajnath Singh met the IMF.\n\nSingh said the IMF agreed.', matcher, '/');
    expect(html).toBe(
      '<p><a href="/people/rajnath-singh/" class="mention" data-entity="people">Rajnath Singh</a> met the ' +
        '<a href="/organisations/imf/" class="mention" data-entity="organisations">IMF</a>.</p>\n' +
        '<p>Singh said the IMF agreed.</p>\n',
    );
  });
  it('puts the deployment base in front of mention links', () => {
    expect(renderBody('Singh spoke.', matcher, '/news/')).toContain('href="/news/people/rajnath-singh/"');
  });
  it('never links inside headings or existing links', () => {
    const html = renderBody('# Rajnath Singh\n\n[Singh](https://example.org) spoke to the IMF.', matcher, '/');
    expect(html).toContain('<h1>Rajnath Singh</h1>');
    expect(html).toContain('<a href="https://example.org">Singh</a>');
    expect(html.match(/class="mention"/g)).toHaveLength(1);
  });
  it('renders escaped MDX-hostile text literally, with no element created', () => {
    const html = renderBody('\\<script>alert(1)\\</script> \\{x\\} \\`code\\` \\*not em\\*', undefined, '/');
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; {x} `code` *not em*</p>\n');
  });
  it('keeps straight quotes and hyphens as written', () => {
    expect(renderBody('"Quoted" -- and --- and ...', undefined, '/')).toBe('<p>"Quoted" -- and --- and ...</p>\n');
  });
});
