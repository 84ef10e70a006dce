import type { Archive } from '../archive.ts';
import { viewArticle } from '../article-view.ts';

/**
 * Every article page with its body entry and its neighbours in time and in its story. `entryOf`
 * gives what the page renders the body from (the collection entry), which this module never sees.
 */
export function articleRoutes<Entry>(archive: Archive, entryOf: (id: string) => Entry) {
  return archive.articles.map((article) => {
    const around = archive.neighbours.get(article.id);
    const inStory = archive.storyPositionById.get(article.id);
    return {
      params: { id: article.id },
      props: {
        view: viewArticle(archive, article),
        entry: entryOf(article.id),
        previous: around?.previous,
        next: around?.next,
        related: (archive.relatedById.get(article.id) ?? []).map((related) => related.article),
        story: inStory && {
          id: inStory.story.id,
          name: inStory.story.name,
          part: inStory.index + 1,
          total: inStory.story.articles.length,
          previous: inStory.previous,
          next: inStory.next,
        },
      },
    };
  });
}
