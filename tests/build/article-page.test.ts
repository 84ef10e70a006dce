import { describe, expect, it } from 'vitest';
import { page } from './html.ts';

const seed = '/articles/2025/2025-12-04-india-russia-military-cooperation-talks/';
const text = (node: { text: string } | null | undefined) => node?.text.replace(/\s+/g, ' ').trim();

describe('an article page', () => {
  it('puts the text before the lists of people, events and organisations', () => {
    const html = page(seed).querySelector('article')!.toString();
    expect(html.indexOf('class="body"')).toBeGreaterThan(0);
    expect(html.indexOf('class="entities"')).toBeGreaterThan(html.indexOf('class="body"'));
  });

  it('shows the kicker once, in the text, and the story it names once, as the story', () => {
    const root = page(seed);
    expect(root.querySelector('.kicker')).toBeNull();
    expect(text(root.querySelector('article .body p'))).toMatch(/^Putin's India Visit: /);
    const events = root.querySelectorAll('article .entities ul[aria-label="Events"] li').map((li) => text(li));
    expect(events).not.toContain("Putin's India Visit");
    expect(events.length).toBeGreaterThan(0);
    expect(text(root.querySelector('nav.story-nav a'))).toBe("Putin's India Visit");
  });

  it('spaces the separator of the story line', () => {
    const story = text(page(seed).querySelector('nav.story-nav p'));
    expect(story).toMatch(/^Putin's India Visit · Part \d of \d$/);
    expect(text(page('/articles/2019/2019-10-15-imf-warns/').querySelector('nav.story-nav p'))).toMatch(
      /^Global Economy · Part 1 of 2$/,
    );
  });
});
