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

/** Waits for results of the current query to settle, loads them all and returns their links. */
async function allResults(): Promise<string[]> {
  const message = page.locator('.pagefind-ui__message');
  await expect.poll(() => message.textContent(), { timeout: 10_000 }).toMatch(/result/);
  const total = Number((await message.textContent())?.match(/(\d+) results?/)?.[1] ?? NaN);
  const more = page.locator('.pagefind-ui__button');
  while ((await page.locator('.pagefind-ui__result').count()) < total && (await more.count()) > 0) {
    await more.click();
  }
  await expect.poll(() => page.locator('.pagefind-ui__result').count()).toBe(total);
  // A result is drawn as a placeholder first and gets its link once its page data has loaded.
  await expect.poll(() => page.locator('.pagefind-ui__result-link').count(), { timeout: 10_000 }).toBe(total);
  return page
    .locator('.pagefind-ui__result-link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('searching the archive', () => {
  it('is reachable from the header of every page', async () => {
    await page.goto(inject('baseUrl') + '/people/rajnath-singh/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Search');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('finds the seed article, and every article whose text names Belousov', async () => {
    await page.goto(inject('baseUrl') + '/search/');
    await page.locator('.pagefind-ui__search-input').fill('Belousov');
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
    await page.locator('.pagefind-ui__search-input').fill('Singh');
    const everyone = await allResults();
    await page.locator('summary', { hasText: 'Person' }).click();
    const before = await page.locator('.pagefind-ui__message').textContent();
    await page.getByRole('checkbox', { name: /^Rajnath Singh \(\d+\)$/ }).check();
    await expect.poll(() => page.locator('.pagefind-ui__message').textContent(), { timeout: 10_000 }).not.toBe(before);
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
