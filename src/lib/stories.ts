import { compareByName, compareOldestFirst } from './compare.ts';
import { toSlug } from './slug.ts';
import type { Article } from './types.ts';

/** Articles that share a kicker ("Putin's India Visit"), oldest first: one running story. */
export interface Story {
  id: string;
  name: string;
  articles: Article[];
}

/**
 * Groups articles by their `story`. Kickers that differ only in case or punctuation slug alike and
 * form one story, named after the spelling its first article used. A–Z by name.
 */
export function groupStories(articles: readonly Article[]): Story[] {
  const told = [...articles].sort(compareOldestFirst).flatMap((article) => {
    const id = storyId(article.story);
    return id === undefined ? [] : [{ id, article }];
  });
  return [...Map.groupBy(told, (entry) => entry.id)]
    .map(([id, entries]) => {
      const inStory = entries.map((entry) => entry.article);
      return { id, name: inStory[0]?.story ?? id, articles: inStory };
    })
    .sort(compareByName);
}

/** The id of the story a kicker belongs to; undefined for none, or one with nothing to slug. */
function storyId(kicker: string | undefined): string | undefined {
  const slug = kicker === undefined ? '' : toSlug(kicker);
  if (!slug) return undefined;
  // An all-digit id ("2025") would read as a page number of the stories index.
  return /^\d+$/.test(slug) ? `story-${slug}` : slug;
}

/** An article's place in its story: the story and the articles before and after it there. */
export interface StoryPosition {
  story: Story;
  index: number;
  previous?: Article;
  next?: Article;
}

/** Each article's position in its story, by article id. */
export function storyPositions(stories: readonly Story[]): Map<string, StoryPosition> {
  const positions = new Map<string, StoryPosition>();
  for (const story of stories) {
    story.articles.forEach((article, index) => {
      positions.set(article.id, { story, index, previous: story.articles[index - 1], next: story.articles[index + 1] });
    });
  }
  return positions;
}

/**
 * Whether an event is the article's own story under another name ("Putin's India Visit" as both
 * kicker and event): the article page then shows it once, as the story.
 */
export function isStoryItself(eventName: string, story: string | undefined): boolean {
  return story !== undefined && toSlug(eventName) !== '' && toSlug(eventName) === toSlug(story);
}
