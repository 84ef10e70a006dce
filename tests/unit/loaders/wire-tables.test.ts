import { describe, expect, it } from 'vitest';
import { renderBody } from '../../../src/loaders/render-body.ts';
import { setWireTables } from '../../../src/loaders/wire-tables.ts';

describe('setWireTables', () => {
  it('sets a run of table rows in columns in one preformatted block, leaving prose alone', () => {
    const body = [
      'Prices in dollars were as follows.',
      'City Bid Ask',
      'New York 1.23 1.45',
      'Rome \\& Co 12.00 13',
      'Oslo 2.5 --',
      'Dealers said trade was thin.',
    ].join('\n\n');
    const html = setWireTables(renderBody(body, undefined, '/'));
    expect(html).toContain('<p>Prices in dollars were as follows.</p>');
    expect(html).toContain('<p>Dealers said trade was thin.</p>');
    const pre = /<pre class="wire-table" tabindex="0">([\s\S]*)<\/pre>/.exec(html)?.[1];
    expect(pre?.split('\n')).toEqual([
      'City         Bid   Ask',
      'New York    1.23  1.45',
      'Rome &amp; Co  12.00    13',
      'Oslo         2.5    --',
    ]);
    expect(html.match(/<p>/g)).toHaveLength(2);
  });

  it('leaves a body without tables exactly as rendered', () => {
    const html = renderBody('One sentence.\n\nAnother one, with 3 figures: 1, 2.', undefined, '/');
    expect(setWireTables(html)).toBe(html);
  });
});
