import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BodyJob, PageJob } from '../../../src/data/page-jobs.ts';
import { legalText } from '../../../src/lib/legal-text.ts';
import { layoutNetwork, type NetworkInput, type NetworkLayout } from '../../../src/lib/network-layout.ts';
import { articleMentions, mentionContextOf } from '../../../src/loaders/mention-context.ts';
import { renderBody } from '../../../src/loaders/render-body.ts';
import { setWireTables } from '../../../src/loaders/wire-tables.ts';
import { workerPool } from '../../../src/worker-pool.ts';

const context = mentionContextOf({
  people: [{ id: 'rajnath-singh', name: 'Rajnath Singh', aliases: ['Singh'], status: 'confirmed' }],
  organisations: [{ id: 'nato', name: 'NATO', aliases: [], status: 'confirmed' }],
  events: [],
});
const entities = { people: ['rajnath-singh'], organisations: ['nato'], events: [] };
const base = '/news/';
// What the page rendered on its own thread before the bodies moved to a worker.
const onThisThread = (body: string) =>
  setWireTables(renderBody(legalText(body), articleMentions(context, entities).matcher(), base));

describe('the page worker', () => {
  const pool = workerPool<PageJob, string>(resolve('src/data/page-worker.ts'));
  afterAll(() => pool.close());
  const job = (body: string, named = entities): { body: BodyJob } => ({
    body: { body, matcher: articleMentions(context, named).matcher(), base },
  });

  it('renders a body as the page would on its own thread, its first mentions linked under the base', async () => {
    const body = 'Rajnath Singh met NATO envoys.\n\nSingh said NATO\fwould reply.\n';
    const html = await pool.run(job(body));
    expect(html).toBe(onThisThread(body));
    expect(html).toContain('href="/news/people/rajnath-singh/"');
    expect(html.match(/href=/g)).toHaveLength(2);
  });

  it('links only the entities the article names, and none when it names none', async () => {
    const body = 'Rajnath Singh met NATO envoys.\n';
    const html = await pool.run(job(body, { people: [], organisations: ['nato'], events: [] }));
    expect(html).not.toContain('rajnath-singh');
    expect(html).toContain('href="/news/organisations/nato/"');
    const none = await pool.run(job(body, { people: [], organisations: [], events: [] }));
    expect(none).toBe('<p>Rajnath Singh met NATO envoys.</p>\n');
  });

  it('lays out a wire table as the page would', async () => {
    const body = ['Prices in dollars were as follows.', 'City Bid Ask', 'New York 1.23 1.45', 'Oslo 2.5 --'].join(
      '\n\n',
    );
    const html = await pool.run(job(body));
    expect(html).toContain('<pre class="wire-table"');
    expect(html).toBe(onThisThread(body));
  });
});

describe('the page worker, given a co-mention network', () => {
  const pool = workerPool<PageJob, NetworkLayout>(resolve('src/data/page-worker.ts'));
  afterAll(() => pool.close());

  it('lays it out as the page would on its own thread', async () => {
    const network: NetworkInput = {
      centre: { kind: 'people', id: 'rajnath-singh', name: 'Rajnath Singh', path: '/people/rajnath-singh/' },
      neighbours: [
        { kind: 'organisations', id: 'nato', name: 'NATO', path: '/organisations/nato/', count: 3 },
        { kind: 'people', id: 'ada-lovelace', name: 'Ada Lovelace', path: '/people/ada-lovelace/', count: 2 },
      ],
      links: [{ a: 'organisations:nato', b: 'people:ada-lovelace', count: 1 }],
    };
    const layout = await pool.run({ network });
    expect(layout).toEqual(layoutNetwork(network));
    expect(JSON.stringify(layout)).toContain('ada-lovelace');
  });
});
