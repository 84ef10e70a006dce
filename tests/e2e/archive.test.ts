import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureDayPageSize, repoRoot } from '../build/build-fixture.ts';
import { axeViolations, launch } from './browser.ts';

/*
 * A reader browsing the archive by date and by name: the pages a real archive is read through,
 * each checked with axe in both colour schemes, with screenshots for review.
 */

const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');
const seed = '/articles/2025/2025-12-04-india-russia-military-cooperation-talks/';
let browser: Browser;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh page at a viewport and colour scheme. */
async function open(path: string, width = 1280, height = 900, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  await page.goto(inject('baseUrl') + path);
  return page;
}

/** axe finds nothing on the page in light mode, nor after switching it to dark. */
async function expectAccessibleInBothSchemes(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('the day archive', () => {
  it("lists a busy day's headlines compactly and pages on to the rest of the day", async () => {
    const page = await open('/archive/2024/03/15/');
    const rows = page.locator('[data-list="headlines"] > li');
    expect(await rows.count()).toBe(fixtureDayPageSize);
    // Compact: one headline is a line or two of UI text, not a card.
    const height = await rows.first().evaluate((row) => row.getBoundingClientRect().height);
    expect(height).toBeLessThan(60);
    await expectAccessibleInBothSchemes(page);
    await page.screenshot({ path: join(screenshots, 'day-busy-1280.png'), fullPage: true });

    await page.getByRole('link', { name: 'Next page' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('15 March 2024, page 2 of 2');
    expect(await rows.count()).toBe(1);
    await page.close();
  });

  it('reads on a phone in dark mode without sideways scrolling', async () => {
    const page = await open('/archive/2024/03/15/', 390, 844, 'dark');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'day-390-dark.png'), fullPage: true });
    await page.close();
  });

  it('steps to the next and previous day with articles', async () => {
    const page = await open('/archive/2024/03/15/');
    const days = page.getByRole('navigation', { name: 'Other days' });
    await days.getByRole('link', { name: /Next day/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('8 July 2024');
    await page
      .getByRole('navigation', { name: 'Other days' })
      .getByRole('link', { name: /Previous day/ })
      .click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('15 March 2024');
    await page
      .getByRole('navigation', { name: 'Other days' })
      .getByRole('link', { name: /Previous day/ })
      .click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('2 November 2023');
    await page.close();
  });

  it('shows a month as a calendar whose days lead to their headlines', async () => {
    const page = await open('/archive/2024/03/');
    const calendar = page.getByRole('table', { name: 'March 2024: articles per day' });
    expect(await calendar.locator('tbody tr').count()).toBe(5);
    await expectAccessibleInBothSchemes(page);
    await page.screenshot({ path: join(screenshots, 'month-1280.png'), fullPage: true });
    await calendar.getByRole('link', { name: '15 March 2024: 3 articles' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('15 March 2024');
    await page.goBack();
    await page
      .getByRole('navigation', { name: 'Other months' })
      .getByRole('link', { name: /Next month/ })
      .click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('July 2024');
    await page.close();
  });

  it('gives each day of the month calendar its count on one line on a phone, and its words to a screen reader', async () => {
    const page = await open('/archive/2024/03/', 390, 844);
    const calendar = page.getByRole('table', { name: 'March 2024: articles per day' });
    // A seventh of a phone's width broke "3 articles" mid-word, into "article" and "s".
    const lines = await calendar
      .locator('td a .count')
      .evaluateAll((counts) =>
        counts.map((count) => count.getBoundingClientRect().height / parseFloat(getComputedStyle(count).lineHeight)),
      );
    expect(lines.length).toBeGreaterThan(0);
    for (const n of lines) expect(n).toBeLessThan(1.5);
    await expect.poll(() => calendar.getByRole('link', { name: '15 March 2024: 3 articles' }).count()).toBe(1);
    await page.close();
  });

  it('fits the month calendar on a phone without sideways scrolling', async () => {
    const page = await open('/archive/2024/03/', 390, 844, 'dark');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'month-390-dark.png'), fullPage: true });
    await page.close();
  });
});

describe('the A–Z indexes', () => {
  it('jump to a letter on a later page of the index', async () => {
    const page = await open('/people/');
    await expectAccessibleInBothSchemes(page);
    const letters = page.getByRole('navigation', { name: 'Jump to a letter' });
    const last = letters.getByRole('link').last();
    const letter = (await last.textContent())?.trim() ?? '';
    await last.click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`/people/\\d+/#letter-${letter.toLowerCase()}$`));
    const heading = page.locator(`#letter-${letter.toLowerCase()}`);
    expect(await heading.textContent()).toBe(letter);
    expect(await heading.isVisible()).toBe(true);
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    await page.close();
  });
});

describe('the front page', () => {
  it("leads with the newest day's news, what is in the news lately, and ways into the archive", async () => {
    const page = await open('/');
    await expectAccessibleInBothSchemes(page);
    await page.screenshot({ path: join(screenshots, 'home-1280.png'), fullPage: true });
    const inTheNews = page.getByRole('complementary');
    expect(await inTheNews.getByRole('heading', { name: 'In the news' }).count()).toBe(1);
    // Vladimir Putin is in the newest week of the fixture; Manmohan Singh (2019) is not.
    expect(await inTheNews.getByRole('link', { name: 'Vladimir Putin' }).count()).toBe(1);
    expect(await inTheNews.getByRole('link', { name: 'Manmohan Singh' }).count()).toBe(0);

    await page.getByRole('link', { name: 'The news of 5 December 2025' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('5 December 2025');
    await page.goBack();
    await page.getByRole('navigation', { name: 'Older news' }).getByRole('link', { name: '4 December 2025' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('4 December 2025');
    await page.close();
  });

  it('reads on a phone', async () => {
    const page = await open('/', 390, 844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(screenshots, 'home-390.png') });
    await page.close();
  });
});

describe('an article on a phone', () => {
  it('starts its first paragraph on the first screen at 390×844, in both colour schemes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(seed, 390, 844, scheme);
      const first = page.locator('article .body p').first();
      const box = await first.boundingBox();
      expect(box).not.toBeNull();
      // Its first lines, not only its top edge, are on the first screen.
      expect((box?.y ?? Infinity) + 60).toBeLessThan(844);
      // Text first: the lists of who and what the article names come after it.
      const chips = await page.locator('article [data-list="entities"]').first().boundingBox();
      expect(chips).not.toBeNull();
      expect(chips?.y ?? 0).toBeGreaterThan((box?.y ?? Infinity) + (box?.height ?? 0));
      // No client JavaScript on an article: the only script is its JSON-LD data.
      expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(screenshots, `article-390-${scheme}.png`) });
      await page.close();
    }
  });

  it("fits a wire table of the archive's median width, 48 columns, on a phone without sideways scrolling", async () => {
    const page = await open(seed, 390, 844);
    // A results table as ingest lays one out (`lib/wire-table.ts`); half the Reuters sample's are this wide or
    // less. At the desktop size its last column was cut at the phone's edge: "4,447,00" for "4,447,000".
    const lines = ['Shr   1.51 dlrs            vs    1.32 dlrs', 'Net                15,401,000 vs      13,525,000'];
    const widths = await page.locator('article .body').evaluate((body, rows) => {
      const table = document.createElement('pre');
      table.className = 'wire-table';
      table.tabIndex = 0;
      table.textContent = rows.join('\n');
      body.append(table);
      return { scroll: table.scrollWidth, client: table.clientWidth, page: document.documentElement.scrollWidth };
    }, lines);
    expect(Math.max(...lines.map((line) => line.length))).toBeGreaterThanOrEqual(48);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(widths.page).toBeLessThanOrEqual(390);
    await page.close();
  });

  it('shows a profile on a phone', async () => {
    const page = await open('/people/rajnath-singh/', 390, 844);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getByRole('link', { name: 'Follow Rajnath Singh (RSS)' }).count()).toBe(1);
    await page.screenshot({ path: join(screenshots, 'profile-390.png') });
    await page.close();
  });
});

describe('a profile’s later pages', () => {
  it('lead from the first page to the older articles and back, readable in both schemes and on a phone', async () => {
    const page = await open('/people/rajnath-singh/');
    await page.getByRole('link', { name: 'Older articles' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/people/rajnath-singh/1/');
    expect(await page.locator('h1').textContent()).toBe('Rajnath Singh');
    expect(await page.locator('.lede').textContent()).toMatch(/^Articles (of|from) \d+ \w+ \d{4}/);
    await expectAccessibleInBothSchemes(page);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(screenshots, 'profile-later-390.png'), fullPage: true });
    await page.getByRole('link', { name: 'Newer articles' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/people/rajnath-singh/');
    await page.close();
  });
});

describe('the shared layouts', () => {
  /** How many columns the grid matching `selector` lays out at a viewport width. */
  async function columns(path: string, selector: string, width: number): Promise<number> {
    const page = await open(path, width);
    const tracks = await page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).gridTemplateColumns.split(' ').length);
    await page.close();
    return tracks;
  }

  it("set a year's months two abreast, on this day's months four and the years three, one each on a phone", async () => {
    expect(await columns('/archive/2024/', '.months', 1280)).toBe(2);
    expect(await columns('/on-this-day/', 'main .months', 1280)).toBe(4);
    expect(await columns('/archive/', 'ol.counted', 1280)).toBe(3);
    for (const [path, selector] of [
      ['/archive/2024/', '.months'],
      ['/on-this-day/', 'main .months'],
      ['/archive/', 'ol.counted'],
    ] as const) {
      expect(await columns(path, selector, 390)).toBe(1);
    }
  });

  it('put the aside beside the main column of the front page and of a profile, and below it on a phone', async () => {
    for (const path of ['/', '/people/rajnath-singh/']) {
      expect(await columns(path, 'main .with-aside', 1280)).toBe(2);
      expect(await columns(path, 'main .with-aside', 390)).toBe(1);
    }
  });
});
