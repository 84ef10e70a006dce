import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive.ts';
import { archive, articles, registries } from './routes/small-archive.ts';

describe('buildArchive', () => {
  it('orders the articles newest first, however they were handed in', () => {
    const reversed = buildArchive({ articles: [...articles].reverse(), registries }, { coMentions: 12, related: 5 });
    expect(reversed.articles.map((article) => article.id)).toEqual(archive.articles.map((article) => article.id));
    expect(archive.articles.map((article) => article.date)).toEqual([
      '2025-12-04',
      '2025-03-01',
      '2025-01-10',
      '2025-01-10',
      '2024-12-04',
    ]);
  });

  it('knows every registered entity by id, but gives pages only to those that earn one', () => {
    expect(archive.entitiesById.people.get('not-a-person')?.name).toBe('Not A Person');
    expect(archive.withPages.people.has('not-a-person')).toBe(false);
    expect(archive.withPages.events.has('not-an-event')).toBe(false);
    expect([...archive.withPages.events]).toEqual(['summit-22', 'summit-23']);
  });

  it('counts what awaits an editor by entity, and takes none when there is no review', () => {
    expect(archive.awaitingReview.get('people:rajnath-singh')).toEqual(new Set(['late-news']));
    const unreviewed = buildArchive({ articles, registries }, { coMentions: 12, related: 5 });
    expect(unreviewed.awaitingReview.size).toBe(0);
  });

  it('keeps as many co-mentions and related articles as its limits say', () => {
    const short = buildArchive({ articles, registries }, { coMentions: 1, related: 1 });
    const rajnath = short.coMentions.get('people:rajnath-singh') ?? [];
    expect(rajnath.filter((mention) => mention.kind === 'people')).toHaveLength(1);
    expect(short.relatedById.get(articles[1]!.id)).toHaveLength(1);
  });
});
