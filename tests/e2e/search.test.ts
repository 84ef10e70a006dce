import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtureArticles, fixtureDir, repoRoot } from '../build/build-fixture.ts';
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
        return [id, `${articles.get(id)?.title ?? ''}\n${body}`];
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

describe('the search box', () => {
  it('is offered on the page-not-found page, whose box lands on results', async () => {
    await page.goto(inject('baseUrl') + '/404.html');
    const box = page.getByRole('search', { name: 'Search for what you were looking for' }).getByRole('searchbox');
    await box.fill('Belousov');
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=Belousov$/);
    expect(await allResults()).toContain('/articles/2025/2025-12-04-india-russia-military-cooperation-talks/');
  });
});
