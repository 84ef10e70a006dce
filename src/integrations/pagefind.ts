import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind as soon as Astro has written it, so every build (the
 * published one, the test fixtures, the benchmarks) ships a search index that matches its pages,
 * whatever output folder DATELINE_OUT chose. Only pages with `data-pagefind-body` (articles) are
 * indexed: list pages would repeat every headline thousands of times.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'dateline:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          // Only article pages carry data-pagefind-body; reading the other two thirds of the
          // pages (lists, profiles, days) only to skip them cost a third of the indexing time.
          const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
