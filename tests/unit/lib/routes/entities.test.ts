import { describe, expect, it } from 'vitest';
import { viewArticle } from '../../../../src/lib/article-view.ts';
import { entityRoutes } from '../../../../src/lib/routes/entities.ts';
import { entityIndexRoutes } from '../../../../src/lib/routes/entity-index.ts';
import { entityProfileRoutes } from '../../../../src/lib/routes/entity-profile.ts';
import { frontPage } from '../../../../src/lib/routes/front-page.ts';
import { yearRoutes } from '../../../../src/lib/routes/dates.ts';
import { ENTITY_KINDS } from '../../../../src/lib/types.ts';
import { buildArchive } from '../../../../src/lib/archive.ts';
import { MAX_SIDE_TIES } from '../../../../src/lib/network-ties.ts';
import { makeArticle, makeEntity } from '../../../helpers/make-article.ts';
import { digestOf } from '../../../../src/data/cache-key.ts';
import { archive, ids, sizes } from './small-archive.ts';

const paths = (routes: { params: { path?: string } }[]) => routes.map((route) => route.params.path);
const profiles = (kind: 'people' | 'organisations' | 'events') => entityProfileRoutes(archive, kind, sizes);

describe('a rejected entity', () => {
  it('has no page and no link', () => {
    for (const kind of ['people', 'events'] as const) {
      const rejected = kind === 'people' ? 'not-a-person' : 'not-an-event';
      const routes = entityRoutes(archive, kind, sizes);
      expect(paths(routes).some((path) => path?.startsWith(rejected))).toBe(false);
      const indexed = entityIndexRoutes(archive, kind, sizes).flatMap((route) => route.props.page.items);
      expect(indexed.map((row) => row.label)).not.toContain(kind === 'people' ? 'Not A Person' : 'Not An Event');
      // Named in articles, it is still shown by name on each article, but links nowhere.
      const named = archive.articles
        .flatMap((article) => viewArticle(archive, article)[kind])
        .filter((link) => link.id === rejected);
      expect(named.length).toBeGreaterThan(0);
      expect(named.every((link) => link.path === undefined)).toBe(true);
    }
  });

  it('is left out of every profile’s co-mentions, of the home and year pages, and unlinked in networks', () => {
    const pages = ENTITY_KINDS.flatMap((kind) => profiles(kind));
    for (const { props } of pages) {
      const { coPeople = [], coOrganisations = [], coEvents = [] } = props.overview ?? {};
      const rows = [...coPeople, ...coOrganisations, ...coEvents];
      expect(rows.every((row) => row.path !== undefined)).toBe(true);
      expect(rows.map((row) => row.label)).not.toContain('Not A Person');
      // The picture may name it among the neighbours, as an article does, but never links it.
      const drawn = props.overview?.network?.neighbours.filter((node) => node.id.startsWith('not-')) ?? [];
      expect(drawn.map((node) => node.path)).toEqual(drawn.map(() => undefined));
    }
    const front = frontPage(archive, sizes);
    expect(front?.people.map((row) => row.label)).not.toContain('Not A Person');
    const monthPeople = yearRoutes(archive, sizes).flatMap((route) => route.props.months.flatMap((m) => m.people));
    expect(monthPeople.map((link) => link.id)).not.toContain('not-a-person');
  });
});

describe('an event’s profile', () => {
  it('lists its articles oldest first', () => {
    const summit = profiles('events').filter((route) => route.props.entity.id === 'summit-23');
    expect(summit.flatMap((route) => ids(route.props.items))).toEqual([
      '2025/2025-01-10-talks-continue',
      '2025/2025-01-10-talks-end',
      '2025/2025-03-01-late-news',
    ]);
  });

  it('links the events before and after it in its series', () => {
    const [summit22] = profiles('events').filter((route) => route.props.entity.id === 'summit-22');
    expect(summit22?.props.facts?.series).toEqual({
      previous: undefined,
      next: { kind: 'events', id: 'summit-23', name: '23rd Summit', path: '/events/summit-23/', role: undefined },
    });
  });
});

describe('a person’s profile', () => {
  const rajnath = profiles('people').filter((route) => route.props.entity.id === 'rajnath-singh');

  it('lists their articles newest first, on one page while they fill fewer than two', () => {
    expect(paths(rajnath)).toEqual(['rajnath-singh']);
    expect(rajnath.flatMap((route) => ids(route.props.items))).toEqual([
      '2025/2025-03-01-late-news',
      '2025/2025-01-10-talks-continue',
      '2024/2024-12-04-talks-open',
    ]);
    expect(rajnath[0]?.props.title).toBe('Rajnath Singh');
  });

  it('counts what awaits an editor, the span of the archive and who is named alongside', () => {
    const { props } = rajnath[0]!;
    expect(props.facts?.awaitingReview).toBe(1);
    expect(props.facts?.span).toEqual({ first: '2024-12-04', last: '2025-03-01' });
    expect(props.overview?.coPeople).toEqual([
      { label: 'Andrei Belousov', path: '/people/andrei-belousov/', count: 1 },
      { label: 'Vladimir Putin', path: '/people/vladimir-putin/', count: 1 },
    ]);
    expect(props.overview?.network?.centre.id).toBe('rajnath-singh');
  });
});

describe('the later pages of a long profile', () => {
  /** An archive of `count` articles a day apart from 1 January 2025, each naming one person. */
  const namedIn = (count: number) => {
    const dates = Array.from({ length: count }, (_, index) => `2025-01-${String(index + 1).padStart(2, '0')}`);
    const built = buildArchive(
      {
        articles: dates.map((date) =>
          makeArticle({ id: `2025/${date}-news`, title: `News of ${date}`, date, people: ['p'] }),
        ),
        registries: {
          people: [
            makeEntity({ id: 'p', evidence: { articles: count, cues: count, people: count, organisations: 0 } }),
          ],
          organisations: [],
          events: [],
        },
      },
      { coMentions: 10, related: 5 },
    );
    return entityProfileRoutes(built, 'people', sizes);
  };

  it('are numbered from the oldest, the first page holding the newest two to three', () => {
    const routes = namedIn(7);
    expect(paths(routes)).toEqual(['p', 'p/2', 'p/1']);
    expect(routes.map((route) => ids(route.props.items))).toEqual([
      ['2025/2025-01-07-news', '2025/2025-01-06-news', '2025/2025-01-05-news'],
      ['2025/2025-01-04-news', '2025/2025-01-03-news'],
      ['2025/2025-01-02-news', '2025/2025-01-01-news'],
    ]);
    expect(routes.map((route) => route.props.links)).toEqual([
      { next: { path: '/people/p/2/', label: 'Older articles' } },
      {
        previous: { path: '/people/p/', label: 'Newer articles' },
        next: { path: '/people/p/1/', label: 'Older articles' },
        current: 'Articles from 3 January 2025 to 4 January 2025',
      },
      {
        previous: { path: '/people/p/2/', label: 'Newer articles' },
        current: 'Articles from 1 January 2025 to 2 January 2025',
      },
    ]);
    expect(routes.map((route) => route.props.title)).toEqual([
      'P',
      'P: Articles from 3 January 2025 to 4 January 2025',
      'P: Articles from 1 January 2025 to 2 January 2025',
    ]);
  });

  it('say nothing that changes with a newer article, so their pages are not made again for it', () => {
    const keys = (routes: ReturnType<typeof namedIn>) =>
      new Map(routes.slice(1).map((route) => [route.params.path, digestOf(route.props)]));
    const before = keys(namedIn(9));
    const after = keys(namedIn(10));
    // Page 4 is new: the first page's oldest run has a page of its own once it fills, and the page
    // next to it links to it.
    expect([...after.keys()]).toEqual(['p/4', 'p/3', 'p/2', 'p/1']);
    expect(after.get('p/1')).toBe(before.get('p/1'));
    expect(after.get('p/2')).toBe(before.get('p/2'));
    expect(after.get('p/3')).not.toBe(before.get('p/3'));
    expect(keys(namedIn(11)).get('p/3')).toBe(after.get('p/3'));
    expect(
      namedIn(9)
        .slice(1)
        .every((route) => route.props.facts === undefined && route.props.overview === undefined),
    ).toBe(true);
  });
});

describe('the A–Z index of a kind', () => {
  const index = entityIndexRoutes(archive, 'people', sizes);

  it('pages the entities with pages by surname', () => {
    expect(paths(index)).toEqual([undefined, '2']);
    expect(index.map((route) => route.props.page.items.map((row) => row.label))).toEqual([
      ['Andrei Belousov', 'Vladimir Putin'],
      ['Rajnath Singh'],
    ]);
    expect(index[0]?.props.page.items[0]).toEqual({
      label: 'Andrei Belousov',
      path: '/people/andrei-belousov/',
      count: 2,
    });
  });

  it('is titled and headed by its kind, with the page number from page 2 on', () => {
    expect(index.map((route) => [route.props.title, route.props.heading])).toEqual([
      ['People', 'People'],
      ['People (Page 2 of 2)', 'People, page 2 of 2'],
    ]);
  });

  it('groups each page’s rows under their letters, anchoring each letter where it starts', () => {
    expect(index[0]?.props.groups.map((group) => [group.letter, group.anchor, group.rows.length])).toEqual([
      ['B', 'letter-b', 1],
      ['P', 'letter-p', 1],
    ]);
    expect(index[0]?.props.letters.map((link) => [link.letter, link.page])).toEqual([
      ['B', 1],
      ['P', 1],
      ['S', 2],
    ]);
  });

  it('comes before the profiles in the kind’s one route table', () => {
    expect(paths(entityRoutes(archive, 'organisations', sizes))).toEqual([undefined, 'nato']);
  });
});

describe('a profile’s network', () => {
  it(`keeps only the ties between neighbours that the picture draws, at most ${MAX_SIDE_TIES}`, () => {
    // Eight people named together in every article: 28 ties between the centre's neighbours.
    const people = ['centre', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];
    const crowded = buildArchive(
      {
        articles: ['2025-01-01', '2025-01-02', '2025-01-03'].map((date) =>
          makeArticle({ id: `2025/${date}-crowd`, date, people }),
        ),
        registries: { people: people.map((id) => makeEntity({ id })), organisations: [], events: [] },
      },
      { coMentions: 10, related: 5 },
    );
    const centre = entityProfileRoutes(crowded, 'people', sizes).find((route) => route.params.path === 'centre');
    const network = centre?.props.overview?.network;
    expect(network?.neighbours).toHaveLength(8);
    expect(network?.links).toHaveLength(MAX_SIDE_TIES);
    const keys = new Set(network?.neighbours.map((node) => `${node.kind}:${node.id}`));
    for (const link of network?.links ?? []) expect(keys.has(link.a) && keys.has(link.b) && link.a < link.b).toBe(true);
  });
});
