import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../build/build-fixture.ts';
import { axeViolations, launch } from './browser.ts';

const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

describe('a reader walks from the home page to an article, a person and a day', () => {
  it('follows links home → 4 December 2025 → seed article → Rajnath Singh → 4 December 2025 → back', async () => {
    await page.goto(inject('baseUrl') + '/');
    expect(await axeViolations(page)).toEqual([]);
    // The front page leads with the newest day (5 December); the seed is in the day before.
    await page.getByRole('navigation', { name: 'Older news' }).getByRole('link', { name: '4 December 2025' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('4 December 2025');

    await page
      .getByRole('link', { name: 'India and Russia hold military and technical cooperation talks in New Delhi' })
      .first()
      .click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('India and Russia hold military');
    expect(await axeViolations(page)).toEqual([]);
    const articleUrl = page.url();

    await page.locator('article .entities').getByRole('link', { name: 'Rajnath Singh', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Rajnath Singh');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'person-rajnath-singh.png'), fullPage: true });

    await page.goBack();
    expect(page.url()).toBe(articleUrl);
    await page.locator('article time[datetime="2025-12-04"]').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('4 December 2025');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('[data-list="headlines"] > li').count()).toBe(1);
    await page.screenshot({ path: join(screenshots, 'day-2025-12-04.png'), fullPage: true });

    await page.goBack();
    expect(page.url()).toBe(articleUrl);
  });

  it('keeps the skip link first and moves focus to the main content', async () => {
    await page.goto(inject('baseUrl') + '/people/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('reads well at 360 px wide in dark mode without sideways scrolling', async () => {
    const narrow = await browser.newPage({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });
    await narrow.goto(inject('baseUrl') + '/articles/2025/2025-12-04-india-russia-military-cooperation-talks/');
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(narrow)).toEqual([]);
    await narrow.screenshot({ path: join(screenshots, 'article-360-dark.png'), fullPage: true });
    await narrow.close();
  });
});
