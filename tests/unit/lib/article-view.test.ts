import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../src/lib/archive.ts';
import { entityLink, viewArticle } from '../../../src/lib/article-view.ts';
import { makeArticle, makeEntity } from '../../helpers/make-article.ts';

const limits = { coMentions: 10, related: 5 };
const archiveOf = () =>
  buildArchive(
    {
      articles: [
        makeArticle({ id: '2025/a', people: ['rajnath-singh'], roles: { 'rajnath-singh': 'Defence Minister' } }),
        makeArticle({ id: '2025/b', people: ['rajnath-singh'] }),
      ],
      registries: { people: [makeEntity({ id: 'rajnath-singh' })], organisations: [], events: [] },
    },
    limits,
  );

describe('entityLink', () => {
  it('names an entity and links its page', () => {
    expect(entityLink(archiveOf(), 'people', 'rajnath-singh')).toEqual({
      kind: 'people',
      id: 'rajnath-singh',
      name: 'Rajnath Singh',
      path: '/people/rajnath-singh/',
      role: undefined,
    });
  });

  it('gives every place one shared, frozen link per entity and role, since every page keeps its props', () => {
    const archive = archiveOf();
    const link = entityLink(archive, 'people', 'rajnath-singh');
    expect(entityLink(archive, 'people', 'rajnath-singh')).toBe(link);
    expect(Object.isFrozen(link)).toBe(true);
    const [a, b] = archive.articles.map((article) => viewArticle(archive, article).people[0]);
    expect(entityLink(archive, 'people', 'rajnath-singh', 'Defence Minister')).toBe(a?.role ? a : b);
    expect([a?.role, b?.role].sort()).toEqual(['Defence Minister', undefined]);
  });

  it('keeps each archive its own links', () => {
    expect(entityLink(archiveOf(), 'people', 'rajnath-singh')).not.toBe(
      entityLink(archiveOf(), 'people', 'rajnath-singh'),
    );
  });
});

describe('viewArticle', () => {
  it('gives each article one shared, frozen view, its lists frozen too, so cache keys describe it once', () => {
    const archive = archiveOf();
    const [article] = archive.articles;
    const view = viewArticle(archive, article!);
    expect(viewArticle(archive, article!)).toBe(view);
    expect(Object.isFrozen(view)).toBe(true);
    expect([view.people, view.organisations, view.events].every((list) => Object.isFrozen(list))).toBe(true);
    expect(view.people.map((link) => link.id)).toEqual(['rajnath-singh']);
  });
});
