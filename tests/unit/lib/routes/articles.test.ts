import { describe, expect, it } from 'vitest';
import { articleRoutes } from '../../../../src/lib/routes/articles.ts';
import { archive } from './small-archive.ts';

describe('article routes', () => {
  const routes = articleRoutes(archive, (id) => ({ file: `${id}.mdx` }));
  const byId = new Map(routes.map((route) => [route.params.id, route.props]));

  it('are one per article under its id, newest first, each with the entry its body renders from', () => {
    expect(routes.map((route) => route.params.id)).toEqual([
      '2025/2025-12-04-anniversary',
      '2025/2025-03-01-late-news',
      // Same day: by headline, the archive's tie-break.
      '2025/2025-01-10-talks-continue',
      '2025/2025-01-10-talks-end',
      '2024/2024-12-04-talks-open',
    ]);
    expect(byId.get('2025/2025-03-01-late-news')?.entry).toEqual({ file: '2025/2025-03-01-late-news.mdx' });
  });

  it('place an article in time and in its story', () => {
    const props = byId.get('2025/2025-01-10-talks-continue');
    expect(props?.previous?.id).toBe('2024/2024-12-04-talks-open');
    expect(props?.story).toMatchObject({ id: 'the-summit', name: 'The Summit', part: 2, total: 3 });
    expect(props?.story?.previous?.id).toBe('2024/2024-12-04-talks-open');
    expect(props?.story?.next?.id).toBe('2025/2025-01-10-talks-end');
    expect(byId.get('2025/2025-12-04-anniversary')?.story).toBeUndefined();
  });
});
