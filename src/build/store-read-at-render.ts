import type { AstroIntegration } from 'astro';

/** The module Astro's content layer reads its data store from when the site renders (Astro 7). */
const STORE_MODULE = '\0astro:data-layer-content';

/** What Astro makes that module from a single-file store: the file's text, parsed as JSON. */
const INLINED_STORE = /^export default JSON\.parse\(/;

/**
 * The module code that reads the data store file at `storeUrl` when it is first imported, instead
 * of holding the file's text: the same JSON, parsed the same way.
 */
export function storeReadAtRender(storeUrl: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    `export default JSON.parse(readFileSync(new URL(${JSON.stringify(storeUrl)}), 'utf8'));`,
  ].join('\n');
}

/** The Vite plugin that gives the store's module {@link storeReadAtRender}'s code, the store file at `storeUrl`. */
export function storeReadAtRenderPlugin(storeUrl: string) {
  return {
    name: 'dateline:store-read-at-render',
    transform: {
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(code: string, id: string) {
        // A store in chunks, or none yet (`new Map()`), is left as Astro made it.
        if (id !== STORE_MODULE || !INLINED_STORE.test(code)) return undefined;
        return { code: storeReadAtRender(storeUrl), map: { mappings: '' } };
      },
    },
  };
}

/*
 * `astro build` bundles the content layer's whole data store as one string literal (19 MB of JSON
 * at 20,000 articles): Rolldown parses and writes it out and Node compiles it again before the
 * first page, on every build, though the pages only parse it. Read from the file Astro made the
 * module from instead, which content sync has finished writing before the bundle is made and
 * which nothing writes again until the next build's sync. The dev server is left alone: it
 * watches that module and reloads it when the store changes.
 */
export function storeReadAtRenderIntegration(): AstroIntegration {
  return {
    name: 'dateline:store-read-at-render',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        // Where Astro keeps the store for a build (its getDataStoreFile), in the cache folder.
        const storeUrl = new URL('data-store.json', config.cacheDir).href;
        updateConfig({ vite: { plugins: [storeReadAtRenderPlugin(storeUrl)] } });
      },
    },
  };
}
