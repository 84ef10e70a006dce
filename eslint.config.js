// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/*
 * The walls between the rooms of src/ (see README, "How it is built"): data flows one way, raw
 * text → src/ingest → content/ → schema and loaders → src/data → pure src/lib → views and pages.
 * An import that breaks a wall fails the lint; tests/unit/lint/walls.test.ts shows one.
 */

/**
 * An import of one of these folders of src/, by the `@/` alias or a path up from its own folder.
 * @param {...string} names
 */
const folders = (...names) => `^(@/|(\\.\\./)+)(${names.join('|')})(/|\\.ts$|$)`;

const astroModules = { group: ['astro:*'], message: 'src/lib and src/schema stay pure: no Astro modules.' };
const nodeModules = { group: ['node:*'], message: 'Pure code takes files and clocks as arguments.' };
const pure = {
  patterns: [
    astroModules,
    nodeModules,
    {
      regex: folders('data', 'components', 'views', 'layouts', 'pages', 'ingest', 'loaders', 'network', 'site'),
      message: 'src/lib and src/schema are pure: the site depends on them, never the other way.',
    },
  ],
};
const ingest = {
  regex: folders('ingest'),
  message: 'Ingest is its own program: only src/ingest and its tests, benchmarks and evaluation import it.',
};
/** Only the data module reads collections (one getCollection per collection, indexes built once). */
const collections = {
  name: 'astro:content',
  importNames: ['getCollection', 'getEntry', 'getEntries'],
  message: 'Read collections through src/data/archive.ts.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.dist.next/',
      '.dist.previous/',
      '.astro/',
      'node_modules/',
      'tests/.tmp/',
      'tests/fixtures/**/dist/',
      'tests/e2e/screenshots/',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  ...eslintPluginAstro.configs.recommended,
  {
    // The Astro parser gives the type-checked rules no types for a component's own code (every
    // imported value reads as an error type), and the config files are plain JavaScript: these
    // keep the untyped rules only. astro check type-checks both.
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // An async interface (ingest's file system, its validator) is often met by work that happens
      // to be synchronous, in memory or in the test doubles; marking it async keeps the contract.
      '@typescript-eslint/require-await': 'off',
      // Dependencies come as objects of plain functions (ingest's deps, Astro's loader context,
      // destructured as Astro's docs do); none of them uses `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Tests read what a build wrote (JSON, XML, JSON-LD) as untyped data and assert its shape;
    // typing every parse would only restate the assertions.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/lib/**', 'src/schema/**'],
    rules: { 'no-restricted-imports': ['error', pure] },
  },
  {
    files: ['src/ingest/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro:*'], message: 'Ingest runs in plain Node, outside Astro.' },
            {
              regex: folders('data', 'components', 'views', 'layouts', 'pages', 'network', 'site'),
              message: 'Ingest writes content/ and knows nothing of the site built from it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/data/**', 'src/content.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ingest,
            {
              regex: folders('components', 'views', 'layouts', 'pages'),
              message: 'Pages render data; data renders nothing.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [collections],
          patterns: [
            ingest,
            { group: ['node:*'], message: 'Components render what they are given: no files, no threads.' },
            {
              regex: folders('network', 'worker-pool', 'views', 'pages'),
              message: 'Components start no worker threads and hold no page bodies: pass the result in as a prop.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**', 'astro.config.mjs'],
    ignores: [
      'src/lib/**',
      'src/schema/**',
      'src/ingest/**',
      'src/data/**',
      'src/content.config.ts',
      'src/components/**',
    ],
    rules: { 'no-restricted-imports': ['error', { paths: [collections], patterns: [ingest] }] },
  },
);
