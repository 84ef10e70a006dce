import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/*
 * The walls between the rooms of src/ are `no-restricted-imports` rules in eslint.config.js. These
 * snippets are linted as if they were files in those rooms: an import through a wall must fail
 * the lint, and an import the flow allows must pass, so the rules can neither vanish nor grow
 * until they ban everything.
 */
const eslint = new ESLint({
  cwd: new URL('../../..', import.meta.url).pathname,
  // The probes are files that do not exist, which the type-checked rules cannot type; the walls
  // need no types.
  overrideConfig: tseslint.configs.disableTypeChecked,
});

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the lint walls of src/', () => {
  it('keeps src/lib away from the file system', async () => {
    const found = await restricted(
      'src/lib/wall-probe.ts',
      "import { readFileSync } from 'node:fs';\nreadFileSync('x');\n",
    );
    expect(found).toEqual([expect.stringContaining("'node:fs' import is restricted")]);
  });

  it('keeps src/lib and src/schema from reading the archive, by alias or by a path up', async () => {
    const byAlias = "import { articles } from '@/data/archive.ts';\nexport const n = articles.length;\n";
    const byPath = "import { articles } from '../data/archive.ts';\nexport const n = articles.length;\n";
    expect(await restricted('src/lib/wall-probe.ts', byAlias)).toHaveLength(1);
    expect(await restricted('src/schema/wall-probe.ts', byPath)).toHaveLength(1);
  });

  it('lets src/lib import its own modules and its libraries', async () => {
    const code =
      "import { withBase } from './paths.ts';\nimport { format } from 'date-fns/format';\nexport const f = [withBase, format];\n";
    expect(await restricted('src/lib/wall-probe.ts', code)).toEqual([]);
  });

  it('keeps components from starting worker threads', async () => {
    const code =
      "---\nimport { networkPicture } from '@/network/picture.ts';\nconst p = networkPicture;\n---\n<p>{String(p)}</p>\n";
    expect(await restricted('src/components/WallProbe.astro', code)).toHaveLength(1);
  });

  it('keeps src/data from rendering, yet lets it use its own modules', async () => {
    const up = "import Card from '@/components/ArticleCard.astro';\nexport const c = Card;\n";
    const sibling = "import { profileViews } from './views.ts';\nexport const v = profileViews;\n";
    expect(await restricted('src/data/wall-probe.ts', up)).toHaveLength(1);
    expect(await restricted('src/data/wall-probe.ts', sibling)).toEqual([]);
  });

  it('keeps the site out of ingest, and ingest out of the site', async () => {
    const intoIngest = "import { runIngest } from '@/ingest/run.ts';\nexport const r = runIngest;\n";
    const intoSite = "import { href } from '../site/href.ts';\nexport const h = href;\n";
    expect(await restricted('src/pages/wall-probe.ts', intoIngest)).toHaveLength(1);
    expect(await restricted('src/ingest/wall-probe.ts', intoSite)).toHaveLength(1);
  });
});

describe('the lint of TypeScript', () => {
  const lint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

  it('type-checks every .ts file: a promise left floating or an any passed on fails it', async () => {
    for (const file of ['src/lib/compare.ts', 'src/ingest/command/run.ts', 'tests/build/global-setup.ts']) {
      const config = (await lint.calculateConfigForFile(file)) as {
        languageOptions: { parserOptions: { projectService?: unknown } };
        rules: Record<string, unknown[]>;
      };
      expect(config.languageOptions.parserOptions.projectService, file).toBe(true);
      expect(config.rules['@typescript-eslint/no-floating-promises']?.[0], file).toBe(2);
      expect(config.rules['@typescript-eslint/no-misused-promises']?.[0], file).toBe(2);
    }
    const site = (await lint.calculateConfigForFile('src/lib/compare.ts')) as { rules: Record<string, unknown[]> };
    expect(site.rules['@typescript-eslint/no-unsafe-argument']?.[0]).toBe(2);
  });

  it('leaves components and config files to astro check, which has their types', async () => {
    const component = (await lint.calculateConfigForFile('src/components/ArticleCard.astro')) as {
      rules: Record<string, unknown[]>;
    };
    expect(component.rules['@typescript-eslint/no-floating-promises']?.[0]).toBe(0);
  });
});
