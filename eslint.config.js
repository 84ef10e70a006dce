// @ts-check
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** Import bans that keep data flowing one way (see README, "How it is built"). */
const noAstroOrNode = {
  patterns: [
    { group: ['astro:*'], message: 'src/lib and src/schema stay pure: no Astro modules.' },
    { group: ['node:*'], message: 'src/lib and src/schema stay pure: pass files and clocks in instead.' },
  ],
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
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/lib/**', 'src/schema/**'],
    rules: { 'no-restricted-imports': ['error', noAstroOrNode] },
  },
  {
    files: ['src/ingest/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['astro:*'], message: 'Ingest runs in plain Node, outside Astro.' }] },
      ],
    },
  },
  {
    // Only the data module reads collections (one getCollection per collection, indexes built once).
    files: ['src/**'],
    ignores: ['src/data/**', 'src/content.config.ts', 'src/lib/**', 'src/schema/**', 'src/ingest/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              importNames: ['getCollection', 'getEntry', 'getEntries'],
              message: 'Read collections through src/data/archive.ts.',
            },
          ],
        },
      ],
    },
  },
);
