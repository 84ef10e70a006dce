import { describe, expect, it } from 'vitest';
import { groupStories, isStoryItself, storyPositions } from '../../../src/lib/stories.ts';
import { makeArticle } from '../../helpers/make-article.ts';

describe('groupStories', () => {
  const articles = [
    makeArticle({ id: 'c', date: '2025-12-05', story: "Putin's India Visit" }),
    makeArticle({ id: 'a', date: '2025-12-03', story: "PUTIN'S INDIA VISIT" }),
    makeArticle({ id: 'b', date: '2025-12-04', story: "Putin's India Visit" }),
    makeArticle({ id: 'x', date: '2025-01-01', story: 'Budget 2025' }),
    makeArticle({ id: 'none', date: '2025-01-01' }),
  ];
  const stories = groupStories(articles);

  it('groups articles by kicker, oldest first, ignoring case and punctuation', () => {
    expect(stories.map((story) => [story.id, story.articles.map((a) => a.id)])).toEqual([
      ['budget-2025', ['x']],
      ['putins-india-visit', ['a', 'b', 'c']],
    ]);
  });
  it('names a story after the spelling its first article used', () => {
    expect(stories[1]!.name).toBe("PUTIN'S INDIA VISIT");
  });
  it('keeps all-digit kickers clear of page numbers', () => {
    expect(groupStories([makeArticle({ story: '2025' })])[0]!.id).toBe('story-2025');
  });
  it('leaves out articles without a kicker', () => {
    expect(stories.flatMap((story) => story.articles).map((a) => a.id)).not.toContain('none');
  });
});

describe('storyPositions', () => {
  it('gives each article its neighbours within the story', () => {
    const stories = groupStories([
      makeArticle({ id: 'a', date: '2025-01-01', story: 'S' }),
      makeArticle({ id: 'b', date: '2025-01-02', story: 'S' }),
      makeArticle({ id: 'c', date: '2025-01-03', story: 'S' }),
    ]);
    const positions = storyPositions(stories);
    expect(positions.get('a')?.previous).toBeUndefined();
    expect(positions.get('b')?.previous?.id).toBe('a');
    expect(positions.get('b')?.next?.id).toBe('c');
    expect(positions.get('c')?.index).toBe(2);
  });
});

describe('isStoryItself', () => {
  it("recognises an event that is the article's own kicker, however punctuated", () => {
    expect(isStoryItself("Putin's India Visit", 'Putins India visit')).toBe(true);
    expect(isStoryItself('23rd India-Russia Annual Summit', "Putin's India Visit")).toBe(false);
    expect(isStoryItself("Putin's India Visit", undefined)).toBe(false);
  });
});
