import { buildArchive } from '../../../../src/lib/archive.ts';
import type { RouteSizes } from '../../../../src/lib/routes/sizes.ts';
import type { Article } from '../../../../src/lib/types.ts';
import { makeArticle, makeEntity } from '../../../helpers/make-article.ts';

/** Small enough that three articles take two pages, and three entities two index pages. */
export const sizes: RouteSizes = {
  pageSize: 2,
  dayPageSize: 2,
  indexPageSize: 2,
  latestCount: 30,
  leadingCount: 1,
  yearPeopleCount: 2,
  recentDays: 7,
  inTheNewsCount: 8,
  networkSize: 12,
  networkMinArticles: 2,
};

/** An article of the small archive, its id from its date and a name. */
export const article = (name: string, overrides: Partial<Article>): Article =>
  makeArticle({
    id: `${(overrides.date ?? '2025-01-01').slice(0, 4)}/${overrides.date}-${name}`,
    title: name,
    ...overrides,
  });

/*
 * Five articles over two years: a summit in two numbered editions and one editors rejected, a
 * person editors rejected named beside two real ones, a story told in three parts.
 */
export const articles = [
  article('talks-open', {
    date: '2024-12-04',
    people: ['rajnath-singh', 'not-a-person'],
    organisations: ['nato'],
    events: ['summit-22'],
    story: 'The Summit',
  }),
  article('talks-continue', {
    date: '2025-01-10',
    people: ['rajnath-singh', 'andrei-belousov', 'not-a-person'],
    events: ['summit-23', 'not-an-event'],
    story: 'The Summit',
  }),
  article('talks-end', {
    date: '2025-01-10',
    people: ['andrei-belousov', 'not-a-person'],
    organisations: ['nato'],
    events: ['summit-23'],
    story: 'The Summit',
  }),
  article('late-news', {
    date: '2025-03-01',
    people: ['rajnath-singh', 'vladimir-putin'],
    events: ['summit-23'],
  }),
  article('anniversary', { date: '2025-12-04', people: ['vladimir-putin'] }),
];

export const registries = {
  people: [
    makeEntity({ id: 'rajnath-singh' }),
    makeEntity({ id: 'andrei-belousov' }),
    makeEntity({ id: 'vladimir-putin' }),
    makeEntity({ id: 'not-a-person', name: 'Not A Person', status: 'rejected' }),
  ],
  organisations: [makeEntity({ id: 'nato', name: 'NATO' })],
  events: [
    makeEntity({ id: 'summit-22', name: '22nd Summit', series: 'summit', ordinal: 22 }),
    makeEntity({ id: 'summit-23', name: '23rd Summit', series: 'summit', ordinal: 23 }),
    makeEntity({ id: 'not-an-event', name: 'Not An Event', status: 'rejected' }),
  ],
};

/** The small archive, its articles handed in oldest first to show the archive orders them itself. */
export const archive = buildArchive(
  {
    articles,
    registries,
    review: [{ kind: 'people', reason: 'ambiguous', candidates: ['rajnath-singh'], articles: ['late-news'] }],
  },
  { coMentions: 12, related: 5 },
);

/** The ids of routes' articles pages, for comparing lists of article views. */
export const ids = (views: readonly { article: Article }[]) => views.map((view) => view.article.id);
