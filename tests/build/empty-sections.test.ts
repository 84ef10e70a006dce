import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, fixtureDir, listPages, repoRoot } from './build-fixture.ts';
import { hrefs, page } from './html.ts';
import { strings } from '../../src/strings.ts';

/*
 * Wire copy has no kickers, so an archive of it has no stories, and it files one headline many
 * times. The fixture without its kickers, and with one of its articles filed again under the same
 * headline, is built once: no page may offer "Stories", which would lead to an empty list.
 */

const content = 'tests/.tmp/no-stories';
const dist = join(repoRoot, 'tests/.tmp/no-stories-dist');

beforeAll(() => {
  rmSync(join(repoRoot, content), { recursive: true, force: true });
  cpSync(join(repoRoot, fixtureDir), join(repoRoot, content), { recursive: true });
  const articles = join(repoRoot, content, 'articles');
  for (const file of readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'))) {
    const path = join(articles, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^story: .*\n/m, ''));
  }
  // Filed again the same day: a fuller version under the same headline, as wire services do.
  const original = join(articles, '2024', '2024-03-15-port-strike.mdx');
  const again = readFileSync(original, 'utf8').replace(/\n---\n/, '\n---\n\nA fuller version.\n\n');
  writeFileSync(join(articles, '2024', '2024-03-15-port-strike-2.mdx'), again);
  const result = buildArchive(content, dist);
  if (result.status !== 0) throw new Error(`building the fixture without stories failed:\n${result.output}`);
});

describe('an archive of wire copy: no stories, and a headline filed twice', () => {
  it('leaves Stories out of the header of every page', () => {
    const pages = listPages(dist);
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const links = hrefs(page(path, dist).querySelector('header.site-header') ?? page('/', dist));
      expect(links, path).not.toContain('/stories/');
      expect(links, path).toContain('/events/');
    }
  });

  it('says on the stories page what a story is and why there are none, rather than "nothing here"', () => {
    const main = page('/stories/', dist).querySelector('main')!;
    expect(main.text).not.toContain(strings.emptyIndex);
    expect(main.text).toContain('kicker');
    expect(main.text).toContain('no stories');
  });

  it('tells apart an older or newer article with the same headline by its date, and says it shares the headline', () => {
    const neighbours = (path: string) =>
      page(path, dist).querySelectorAll('nav[aria-label="Older and newer articles"] a');
    const original = '/articles/2024/2024-03-15-port-strike/';
    const again = '/articles/2024/2024-03-15-port-strike-2/';
    const toAgain = neighbours(original).find((a) => a.getAttribute('href') === again);
    const toOriginal = neighbours(again).find((a) => a.getAttribute('href') === original);
    for (const link of [toAgain, toOriginal]) {
      expect(link?.querySelector('.title')?.text).toBe('Harbour workers strike over pay');
      expect(link?.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-15');
      expect(link?.text).toContain(strings.sameHeadline);
    }
    // A neighbour under another headline is not said to share it.
    const others = neighbours(original).filter((a) => a.getAttribute('href') !== again);
    expect(others.length).toBeGreaterThan(0);
    for (const link of others) expect(link.text).not.toContain(strings.sameHeadline);
  });
});
