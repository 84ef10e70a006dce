import { describe, expect, it } from 'vitest';
import { buildArticle, type BuildContext } from '../../../../src/ingest/text/build-article.ts';
import { loadContent } from '../../../../src/ingest/registry/content-state.ts';
import { articleHash, decodeSource } from '../../../../src/ingest/text/source.ts';
import { memoryFs } from '../../../helpers/memory-fs.ts';

const text =
  'date 2025-03-14 Harbour Works: Ana Lopez opened the harbour wall at the 3rd Port Alder Harbour Festival. It took years.';
const context = async (): Promise<BuildContext> => ({
  extract: (body) => ({
    people: body.includes('Ana Lopez')
      ? [{ name: 'Ana Lopez', surfaces: ['Ana Lopez'], roles: ['Mayor'], confidence: 0.9 }]
      : [],
    organisations: [],
    places: [{ name: 'Port Alder', surfaces: ['Port Alder'], roles: [], confidence: 0.8 }],
  }),
  threshold: 0.5,
  state: await loadContent('content', memoryFs()),
});

describe('buildArticle', () => {
  it('builds front matter from the parsed text and the resolved entities and events', async () => {
    const built = buildArticle('in/a.txt', decodeSource(new TextEncoder().encode(text)), await context());
    expect(built.status).toBe('built');
    if (built.status !== 'built') return;
    expect(built.id).toBe('2025/2025-03-14-ana-lopez-opened-the-harbour-wall-at-the-3rd-port-alder');
    expect(built.frontmatter).toEqual({
      title: 'Ana Lopez opened the harbour wall at the 3rd Port Alder Harbour Festival',
      date: '2025-03-14',
      story: 'Harbour Works',
      summary: 'Ana Lopez opened the harbour wall at the 3rd Port Alder Harbour Festival.',
      people: ['ana-lopez'],
      organisations: [],
      events: ['3rd-port-alder-harbour-festival'],
      places: ['Port Alder'],
      roles: { 'ana-lopez': 'Mayor' },
      source: 'a.txt',
      hash: articleHash({ date: '2025-03-14', paragraphs: [text.slice('date 2025-03-14 '.length)] }),
    });
    expect(built.added).toEqual([
      { kind: 'people', id: 'ana-lopez' },
      { kind: 'events', id: '3rd-port-alder-harbour-festival' },
    ]);
  });

  it('skips text it has seen, by hash, and takes a free id for a different text with the same headline', async () => {
    const shared = await context();
    const first = buildArticle('in/a.txt', decodeSource(new TextEncoder().encode(text)), shared);
    expect(buildArticle('in/copy.txt', decodeSource(new TextEncoder().encode(text)), shared)).toEqual({
      status: 'skipped',
      id: first.id,
    });
    const other = buildArticle('in/b.txt', decodeSource(new TextEncoder().encode(`${text} More.`)), shared);
    expect(other.id).toBe(`${first.id}-2`);
  });

  it('throws the parse error for text that does not follow the format', async () => {
    const shared = await context();
    expect(() => buildArticle('in/a.txt', decodeSource(new TextEncoder().encode('no date')), shared)).toThrow(
      /has no date line/,
    );
  });
});
