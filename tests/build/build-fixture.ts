import type { EntityEvidence } from '../../src/lib/types.ts';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { parse as parseYaml } from 'yaml';

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The fixture archive and where the build tier builds it. */
export const fixtureDir = 'tests/fixtures/archive';
export const fixtureDist = join(repoRoot, 'tests/.tmp/archive-dist');
/** Small enough that the fixture exercises pagination. */
export const fixturePageSize = 3;
/** Small enough that the fixture's busiest day (three articles) takes two pages of headlines. */
export const fixtureDayPageSize = 2;

/** Small enough that the fixture's people (8) and organisations (6) take several index pages. */
export const fixtureIndexPageSize = 3;

/** The environment every build of the fixture gets, so its lists paginate as the tests expect. */
export const fixtureEnv: Record<string, string> = {
  DATELINE_PAGE_SIZE: String(fixturePageSize),
  DATELINE_DAY_PAGE_SIZE: String(fixtureDayPageSize),
  DATELINE_INDEX_PAGE_SIZE: String(fixtureIndexPageSize),
};
/** Small enough that the fixture's search index comes in several shards, merged by the search page. */
export const fixtureSearchShardSize = 6;

/** Result of building one content folder. */
export interface BuildResult {
  status: number | null;
  output: string;
}

/**
 * Builds `contentDir` into `outDir` the way `npm run build` does (`src/build/cli.ts`: the site,
 * then its search index, published only when both succeed), with the Node that runs the tests.
 * `flags` go to `astro build`: `--force` ignores what an earlier build of the same folder left.
 */
export function buildArchive(
  contentDir: string,
  outDir: string,
  env: Record<string, string> = {},
  flags: string[] = ['--silent'],
): BuildResult {
  // Vitest puts Vite's env (BASE_URL, MODE …) on process.env; the child build would take them as its own.
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [join(repoRoot, 'src', 'build', 'cli.ts'), ...flags], {
    cwd: repoRoot,
    env: { ...inherited, DATELINE_CONTENT: contentDir, DATELINE_OUT: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  // A terminal or FORCE_COLOR makes Astro colour its messages; tests read the words, not the colours.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

/** Every HTML file under a built site, as site paths (`/people/x/` for `people/x/index.html`). */
export function listPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map(
      (file) =>
        '/' +
        file
          .split(sep)
          .join('/')
          .replace(/index\.html$/, ''),
    )
    .sort();
}

/** The file a site path is served from, or undefined when there is none. */
export function fileForPath(dist: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  const candidates = clean.endsWith('/')
    ? [join(dist, clean, 'index.html')]
    : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((file) => existsSync(file) && !file.endsWith(sep));
}

/** Front matter of every fixture article, keyed by article id, read independently of the site code. */
export function fixtureArticles(): Map<string, Record<string, unknown>> {
  const articlesDir = join(repoRoot, fixtureDir, 'articles');
  const result = new Map<string, Record<string, unknown>>();
  for (const file of readdirSync(articlesDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.mdx'),
  )) {
    const source = readFileSync(join(articlesDir, file), 'utf8');
    const yaml = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
    result.set(
      relative('', file)
        .split(sep)
        .join('/')
        .replace(/\.mdx$/, ''),
      parseYaml(yaml) as Record<string, unknown>,
    );
  }
  return result;
}

/**
 * A front-matter text as the site shows it: the fixture's hand-edited article holds a form feed,
 * shown as a space, and U+FFFF, left out (characters HTML and XML do not take as text).
 */
export function shownText(text: unknown): string {
  return String(text)
    .replace(/\f/g, ' ')
    .replace(/\uFFFF/g, '');
}

/** A fixture registry, read as plain JSON. */
export function fixtureRegistry(
  kind: 'people' | 'organisations' | 'events',
): { id: string; name: string; status?: 'confirmed' | 'auto' | 'rejected'; evidence?: EntityEvidence }[] {
  return JSON.parse(readFileSync(join(repoRoot, fixtureDir, `${kind}.json`), 'utf8'));
}
