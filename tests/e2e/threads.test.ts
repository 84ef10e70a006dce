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
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

const heading = () => page.locator('h1').textContent();

describe('a reader follows a thread through people and events', () => {
  it('walks seed article → Rajnath Singh → an event → Andrei Belousov → an article', async () => {
    await page.goto(inject('baseUrl') + '/articles/2025/2025-12-04-india-russia-military-cooperation-talks/');
    expect(await axeViolations(page)).toEqual([]);

    // The first mention in the text is the link readers meet first.
    await page.locator('article .body a.mention', { hasText: 'Rajnath Singh' }).first().click();
    await expect.poll(heading).toBe('Rajnath Singh');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(screenshots, 'profile-rajnath-singh.png'), fullPage: true });

    await page.locator('aside').getByRole('link', { name: '23rd India-Russia Annual Summit' }).first().click();
    await expect.poll(heading).toBe('23rd India-Russia Annual Summit');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('aside').getByRole('link', { name: 'Andrei Belousov' }).first().click();
    await expect.poll(heading).toBe('Andrei Belousov');
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('[data-list="articles"] h3 a').first().click();
    await expect.poll(() => page.locator('article h1').count()).toBe(1);
    expect(page.url()).toContain('/articles/');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens an entity from the co-mention picture with the mouse', async () => {
    await page.goto(inject('baseUrl') + '/people/rajnath-singh/');
    await page.locator('figure[data-network] svg a[data-node="people:andrei-belousov"]').click();
    await expect.poll(heading).toBe('Andrei Belousov');
  });
});
