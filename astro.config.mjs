// @ts-check
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cacheDirFor, contentDir } from './src/site/config.ts';
import { storeReadAtRenderIntegration } from './src/build/store-read-at-render.ts';

/*
 * DATELINE_CONTENT and DATELINE_OUT let the tests and benchmarks build another archive into
 * another folder; each archive keeps its own cache so builds never reuse each other's entries.
 * `npm run build` (src/build/cli.ts) sets DATELINE_OUT to its staging folder.
 */
// A shard of a sharded build (DATELINE_SHARD=2/3) keeps a cache of its own: shards may build at once.
const shard = process.env.DATELINE_SHARD ? `-shard-${process.env.DATELINE_SHARD.replace(/\D+/g, '-')}` : '';

export default defineConfig({
  // Where the site is published: DATELINE_SITE is the origin, DATELINE_BASE the folder under it
  // ("/news/"); canonical URLs, feeds, the sitemap and every link are built from the two.
  site: process.env.DATELINE_SITE ?? 'http://localhost:4321',
  base: process.env.DATELINE_BASE ?? '/',
  outDir: process.env.DATELINE_OUT ?? './dist',
  cacheDir: `${cacheDirFor(contentDir)}${shard}`,
  trailingSlash: 'ignore',
  // One cached stylesheet instead of the same CSS inlined into every one of thousands of pages.
  // Several pages in flight at once, so one page's file write overlaps the next page's rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  markdown: {
    // Article text is shown as written: no curly quotes, no dashes made from hyphens.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  // The build driver fills the output folder with the last build's pages on purpose (src/build/reuse.ts).
  vite: { build: { emptyOutDir: process.env.DATELINE_PREFILLED !== '1' } },
  // Search is indexed after the build, by `node src/search/cli.ts` (see package.json).
  // The content store is read from its file when the pages render, not bundled (store-read-at-render.ts).
  integrations: [mdx(), sitemap(), storeReadAtRenderIntegration()],
  experimental: {
    // A rebuild renders again only the pages whose props (their cache key, see
    // src/data/cache-key.ts) or whose code changed; the others are copied from the last build.
    incrementalBuild: true,
  },
});
