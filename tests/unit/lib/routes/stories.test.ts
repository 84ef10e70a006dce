import { describe, expect, it } from 'vitest';
import { buildArchive } from '../../../../src/lib/archive.ts';
import { storyRoutes } from '../../../../src/lib/routes/stories.ts';
import { archive, articles, ids, registries, sizes } from './small-archive.ts';

describe('story routes', () => {
  const routes = storyRoutes(archive, sizes);
  const index = routes.filter((route) => route.props.view === 'index');
  const story = routes.filter((route) => route.props.view === 'story');

  it('list the stories A–Z as counted rows, titled "Stories"', () => {
    expect(index.map((route) => [route.params.path, route.props.title, route.props.heading])).toEqual([
      [undefined, 'Stories', 'Stories'],
    ]);
    expect(index[0]?.props.page.items).toEqual([{ label: 'The Summit', path: '/stories/the-summit/', count: 3 }]);
  });

  it('page a story oldest first under its id, titled by its name with the page number from page 2 on', () => {
    expect(story.map((route) => [route.params.path, route.props.title, route.props.heading])).toEqual([
      ['the-summit', 'The Summit', 'The Summit'],
      ['the-summit/2', 'The Summit (Page 2 of 2)', 'The Summit'],
    ]);
    expect(story.flatMap((route) => (route.props.view === 'story' ? ids(route.props.page.items) : []))).toEqual([
      '2024/2024-12-04-talks-open',
      '2025/2025-01-10-talks-continue',
      '2025/2025-01-10-talks-end',
    ]);
  });

  it('keep the index page of an archive without stories, empty', () => {
    const untold = buildArchive(
      { articles: articles.map((article) => ({ ...article, story: undefined })), registries },
      { coMentions: 12, related: 5 },
    );
    expect(storyRoutes(untold, sizes).map((route) => [route.params.path, route.props.page.items])).toEqual([
      [undefined, []],
    ]);
  });
});
