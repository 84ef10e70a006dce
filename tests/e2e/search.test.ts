import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureArticles, fixtureDir, fixtureDist, repoRoot, shownText } from '../build/build-fixture.ts';
import { axeViolations, launch } from './browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
});

const articles = fixtureArticles();
const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');

/** The article id a result link points to. */
const idOf = (link: string) => link.replace(/^\/articles\/|\/$/g, '');

/** Headline and body text of every fixture article, read from the MDX files, by article id. */
function articleTexts(): Map<string, string> {
  const dir = join(repoRoot, fixtureDir, 'articles');
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const id = file
          .split(sep)
          .join('/')
          .replace(/\.mdx$/, '');
        const body = readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
        const title = articles.get(id)?.title;
        return [id, `${typeof title === 'string' ? title : ''}\n${body}`];
      }),
  );
}

/** Waits for results of the current query to settle, draws them all and returns their links. */
async function allResults(): Promise<string[]> {
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/\d+ results?/);
  const total = Number((await status.textContent())?.match(/(\d+) results?/)?.[1] ?? NaN);
  const more = page.getByRole('button', { name: 'More results' });
  while ((await page.locator('.result').count()) < total && (await more.isVisible())) await more.click();
  await expect.poll(() => page.locator('.result').count()).toBe(total);
  return page.locator('.result-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('searching the archive', () => {
  it('runs a query typed in the header box of an article page on the search page', async () => {
    await page.goto(inject('baseUrl') + '/articles/2025/2025-12-04-india-russia-military-cooperation-talks/');
    const box = page.getByRole('search', { name: 'Search the archive' }).getByRole('searchbox');
    await box.fill('Belousov');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=Belousov$/);
    expect(await page.locator('h1').textContent()).toBe('Search');
    expect(await page.locator('#search-query').inputValue()).toBe('Belousov');
    expect(await allResults()).toContain('/articles/2025/2025-12-04-india-russia-military-cooperation-talks/');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds the seed article, and every article whose text names Belousov', async () => {
    await page.goto(inject('baseUrl') + '/search/');
    await page.locator('#search-query').fill('Belousov');
    const results = await allResults();
    expect(results).toContain('/articles/2025/2025-12-04-india-russia-military-cooperation-talks/');
    const expected = [...articleTexts()]
      .filter(([, text]) => /\bbelousov/i.test(text))
      .map(([id]) => `/articles/${id}/`)
      .sort();
    expect([...results].sort()).toEqual(expected);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('narrows a search to one person with the person filter', async () => {
    await page.goto(inject('baseUrl') + '/search/');
    await page.locator('#search-query').fill('Singh');
    const everyone = await allResults();
    await page.locator('summary', { hasText: 'People' }).click();
    const before = await page.locator('[data-search-status]').textContent();
    await page.getByRole('checkbox', { name: /^Rajnath Singh \(\d+\)$/ }).check();
    await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).not.toBe(before);
    expect((await allResults()).length).toBeLessThan(everyone.length);
    const expected = [...articleTexts()]
      .filter(
        ([id, text]) =>
          ((articles.get(id)?.people as string[] | undefined) ?? []).includes('rajnath-singh') && /\bsingh/i.test(text),
      )
      .map(([id]) => `/articles/${id}/`)
      .sort();
    expect([...(await allResults())].sort()).toEqual(expected);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('searches every shard of the index, each loaded once, the newest month’s own shard among them', async () => {
    // What more shards cost the search page: one pagefind.js and one WebAssembly file per shard.
    const shards = [
      'pagefind/',
      ...(JSON.parse(readFileSync(join(fixtureDist, 'pagefind', 'shards.json'), 'utf8')) as string[]),
    ];
    const requested: string[] = [];
    const fresh = await browser.newPage();
    fresh.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await fresh.goto(inject('baseUrl') + '/search/?q=said&sort=newest');
    const status = fresh.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/\d+ results?/);
    const loaded = (name: RegExp) => requested.filter((path) => name.test(path)).sort();
    expect(loaded(/\/pagefind\.js$/)).toEqual(shards.map((folder) => `/${folder}pagefind.js`).sort());
    expect(loaded(/\/wasm\.[a-z]+\.pagefind$/)).toHaveLength(shards.length);
    // The newest articles are a shard of their own, the last, so a day's new articles re-index only it.
    const newestMonth = [...articles.values()]
      .map((article) => String(article.date).slice(0, 7))
      .sort()
      .at(-1);
    const entry = JSON.parse(readFileSync(join(fixtureDist, shards.at(-1) ?? '', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const inLast = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(inLast).toBe(
      [...articles.values()].filter((article) => String(article.date).startsWith(`${newestMonth}-`)).length,
    );
    // Results of every shard, joined newest first.
    const links = await fresh
      .locator('.result-title a')
      .evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
    expect(String(articles.get(idOf(links[0] ?? ''))?.date).slice(0, 7)).toBe(newestMonth);
    await fresh.close();
  });

  it('says what to do when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(inject('baseUrl') + '/search/');
    const main = noScript.locator('main');
    expect(await main.textContent()).toContain('needs JavaScript');
    expect(await main.getByRole('link', { name: 'By person' }).getAttribute('href')).toBe('/people/');
    await context.close();
  });
});

describe('the search page', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`is themed and passes axe in the ${colorScheme} scheme after a query and a filter`, async () => {
      const themed = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
      await themed.goto(inject('baseUrl') + '/search/?q=said');
      const status = themed.locator('[data-search-status]');
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^\d+ results for “said”$/);
      await themed.locator('summary', { hasText: 'People' }).click();
      const before = await status.textContent();
      await themed.locator('.facet-values input[type="checkbox"]').first().check();
      await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toBe(before);
      // The page's own colours, not the browser's defaults: paper behind ink, in both schemes.
      const colours = await themed.evaluate(() => {
        const style = getComputedStyle(document.querySelector('.result-excerpt') as Element);
        return { ink: style.color, page: getComputedStyle(document.documentElement).backgroundColor };
      });
      expect(colours.page).toBe(colorScheme === 'dark' ? 'rgb(22, 23, 26)' : 'rgb(251, 250, 247)');
      expect(colours.ink).toBe(colorScheme === 'dark' ? 'rgb(232, 230, 225)' : 'rgb(27, 27, 27)');
      expect(await axeViolations(themed)).toEqual([]);
      mkdirSync(screenshots, { recursive: true });
      await themed.screenshot({ path: join(screenshots, `search-filtered-${colorScheme}.png`), fullPage: true });
      await themed.close();
    });
  }

  it('shows more than five results at once: headline, date, and an excerpt that does not repeat the headline', async () => {
    await page.goto(inject('baseUrl') + '/search/?q=said');
    const links = await allResults();
    expect(links.length).toBeGreaterThan(5);
    expect(await page.getByRole('button', { name: 'More results' }).isVisible()).toBe(false);
    for (const result of await page.locator('.result').all()) {
      const title = (await result.locator('.result-title').textContent()) ?? '';
      const id = idOf((await result.locator('.result-title a').getAttribute('href')) ?? '');
      expect(title).toBe(shownText(articles.get(id)?.title));
      expect(await result.locator('.result-date').textContent()).toMatch(/^\d{1,2} \w+ \d{4}$/);
      const excerpt = (await result.locator('.result-excerpt').textContent()) ?? '';
      expect(excerpt.length).toBeGreaterThan(0);
      expect(excerpt.toLowerCase().startsWith(title.toLowerCase())).toBe(false);
      expect(await result.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
    }
  });

  it('orders results newest first when asked, and keeps the order in the URL', async () => {
    await page.goto(inject('baseUrl') + '/search/?q=said');
    await allResults();
    await page.getByLabel('Order').selectOption('newest');
    await page.waitForURL(/[?&]sort=newest/);
    await expect
      .poll(async () => {
        const dates = (await allResults()).map((link) => String(articles.get(idOf(link))?.date));
        return dates.join() === [...dates].sort().reverse().join() && dates.length > 5;
      })
      .toBe(true);
    await page.reload();
    expect(await page.getByLabel('Order').inputValue()).toBe('newest');
  });

  it('lists the most frequent values first with counts, none that no result carries, and narrows them as one types', async () => {
    await page.goto(inject('baseUrl') + '/search/');
    const people = page.locator('details', { has: page.locator('summary', { hasText: 'People' }) });
    await people.locator('summary').click();
    const values = people.locator('.facet-values li');
    const counts = async () =>
      (await values.allTextContents()).map((text) => Number(/\((\d+)\)$/.exec(text.trim())?.[1] ?? NaN));
    await expect.poll(async () => (await counts()).length).toBeGreaterThan(1);
    const shown = await counts();
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(shown).not.toContain(0);
    // Longer lists show their head and a box to find the rest.
    await people.getByRole('button', { name: /^Show all \d+$/ }).click();
    expect((await counts()).length).toBeGreaterThan(shown.length);
    await people.getByRole('searchbox', { name: 'Find a person' }).fill('belou');
    await expect
      .poll(async () => (await values.allTextContents()).map((text) => text.trim()))
      .toEqual([expect.stringMatching(/^Andrei Belousov \(\d+\)$/)]);
    // After a query only the values its results carry remain.
    await page.locator('#search-query').fill('Tashkent');
    await people.getByRole('searchbox', { name: 'Find a person' }).fill('');
    await expect.poll(() => counts(), { timeout: 10_000 }).not.toEqual(shown);
    expect(await counts()).not.toContain(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sits beside the masthead on a phone, adding no row to the header', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(inject('baseUrl') + '/articles/2025/2025-12-04-india-russia-military-cooperation-talks/');
    const masthead = await phone.locator('.masthead').boundingBox();
    const box = await phone.getByRole('search', { name: 'Search the archive' }).boundingBox();
    expect(masthead && box).toBeTruthy();
    if (masthead && box) {
      expect(box.y).toBeLessThan(masthead.y + masthead.height);
      expect(box.x).toBeGreaterThan(masthead.x + masthead.width);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await phone.close();
  });

  it('keeps the order label on the row of its menu on a phone, where the query box fills a row', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(inject('baseUrl') + '/search/');
    const label = await phone.locator('label[for="search-sort"]').boundingBox();
    const menu = await phone.getByRole('combobox', { name: 'Order' }).boundingBox();
    const query = await phone.locator('#search-query').boundingBox();
    expect(label && menu && query).toBeTruthy();
    if (label && menu && query) {
      // The label sits just before its menu, both below the query box; not left behind at the box's end.
      expect(label.y).toBeGreaterThanOrEqual(query.y + query.height);
      expect(label.y + label.height / 2).toBeGreaterThan(menu.y);
      expect(label.y + label.height / 2).toBeLessThan(menu.y + menu.height);
      expect(label.x + label.width).toBeLessThanOrEqual(menu.x);
    }
    await phone.close();
  });

  it('is offered on the page-not-found page, whose box lands on results', async () => {
    await page.goto(inject('baseUrl') + '/404.html');
    const box = page.getByRole('search', { name: 'Search for what you were looking for' }).getByRole('searchbox');
    await box.fill('Belousov');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=Belousov$/);
    expect(await allResults()).toContain('/articles/2025/2025-12-04-india-russia-military-cooperation-talks/');
  });
});
