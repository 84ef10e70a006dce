import type { Article, Entity } from '../../src/lib/types.ts';

let counter = 0;

/** An article with sensible defaults; override only what a test is about. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  counter += 1;
  return {
    id: `2025/2025-01-01-article-${counter}`,
    title: `Article ${counter}`,
    date: '2025-01-01',
    people: [],
    organisations: [],
    events: [],
    places: [],
    roles: {},
    ...overrides,
  };
}

/** A registry entity whose name is derived from its id unless given. */
export function makeEntity(overrides: Partial<Entity> & { id: string }): Entity {
  return {
    name: overrides.id
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(' '),
    aliases: [],
    roles: [],
    status: 'confirmed',
    ...overrides,
  };
}
