import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, repoRoot } from '../build/build-fixture.ts';
import { launch } from './browser.ts';
import { serveStatic } from './server.ts';

/*
 * Markup in article text or in a registry name must reach the search page as text. The archive is
 * made the way an editor makes one: an organisation registry written by hand with markup in a
 * name, then `npm run ingest` of an article that hides markup in a capitalised word, then a build.
 */
const fixture = join(repoRoot, 'tests/fixtures/hostile-search');
const work = join(repoRoot, 'tests/.tmp/hostile-search');
// Relative to the repository, as the build reads its content folder.
const contentDir = 'tests/.tmp/hostile-search/content';
const content = join(repoRoot, contentDir);
const dist = join(work, 'dist');

let browser: Browser;
let page: Page;
let baseUrl: string;
let stop: () => Promise<void>;
const dialogs: string[] = [];

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  copyFileSync(join(fixture, 'organisations.json'), join(content, 'organisations.json'));
  const ingest = spawnSync(
    process.execPath,
    [join(repoRoot, 'src/ingest/command/cli.ts'), join(fixture, 'geneva.txt'), '--content', content, '--json'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${ingest.stdout}\n${ingest.stderr}`);
  const built = buildArchive(contentDir, dist);
  if (built.status !== 0) throw new Error(`building the hostile archive failed:\n${built.output}`);
  const server = await serveStatic(dist);
  baseUrl = server.url;
  stop = server.stop;
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});
afterAll(async () => {
  await browser?.close();
  await stop?.();
});

describe('search under hostile names', () => {
  it('shows every filter value and result as text: no dialog, no element made from a name', async () => {
    await page.goto(`${baseUrl}/search/`);
    await page.locator('main input[type="search"], main input[type="text"]').first().fill('delegates');
    await page.locator('main a[href*="/articles/"]').first().waitFor({ timeout: 10_000 });
    const summaries = page.locator('main details:not([hidden]) summary');
    await expect.poll(() => summaries.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    for (const summary of await summaries.all()) await summary.click();
    // Every filter value, checked in turn, so each is rendered after a search as well.
    const boxes = page.locator('main input[type="checkbox"]');
    await expect.poll(() => boxes.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    for (const box of await boxes.all()) await box.check();
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img, [onerror]').count()).toBe(0);
    // The editor's name is shown exactly as written, not dropped.
    expect(await page.locator('main').textContent()).toContain(
      'Hospital]]><img src=x onerror=alert(document.domain)> Foundation',
    );
  });
});
