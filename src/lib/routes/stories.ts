import type { Archive } from '../archive.ts';
import { viewArticle, type ArticleView } from '../article-view.ts';
import { paginate, pageParam, type Page } from '../paginate.ts';
import type { Story } from '../stories.ts';
import { strings } from '../../strings.ts';
import { storyRow, type CountedRow } from './rows.ts';
import type { RouteSizes } from './sizes.ts';
import { pagedTitle, type PageTitles } from './titles.ts';

/** Props of a stories route: a page of the A–Z list of stories, or a page of one story. */
export type StoryRouteProps =
  | ({ view: 'index'; page: Page<CountedRow> } & PageTitles)
  | ({ view: 'story'; story: Story; page: Page<ArticleView> } & PageTitles);

/** `/stories/` (A–Z, paginated) and `/stories/<id>/` (one story oldest first, paginated). */
export function storyRoutes(archive: Archive, sizes: RouteSizes) {
  const counted = archive.stories.map((story) => storyRow(story, story.articles.length));
  const indexPages = paginate(counted, sizes.indexPageSize).map((page) => ({
    params: { path: pageParam(page.number) },
    props: {
      view: 'index',
      title: pagedTitle(strings.stories, page),
      heading: strings.stories,
      page,
    } satisfies StoryRouteProps,
  }));
  const storyPages = archive.stories.flatMap((story) => {
    const views = story.articles.map((article) => viewArticle(archive, article));
    return paginate(views, sizes.pageSize).map((page) => ({
      params: { path: [story.id, pageParam(page.number)].filter(Boolean).join('/') },
      props: {
        view: 'story',
        title: pagedTitle(story.name, page),
        heading: story.name,
        story,
        page,
      } satisfies StoryRouteProps,
    }));
  });
  return [...indexPages, ...storyPages];
}
