import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildArchive, fixtureDir, listPages, repoRoot } from './build-fixture.ts';
import { hrefs, page } from './html.ts';
import { strings } from '../../src/strings.ts';

/*
 * Wire copy has no kickers, so an archive of it has no stories. The fixture without its kickers
 * is built once: no page may offer "Stories", which would lead to an empty list.
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
  const result = buildArchive(content, dist);
  if (result.status !== 0) throw new Error(`building the fixture without stories failed:\n${result.output}`);
});

describe('an archive without stories', () => {
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
});
