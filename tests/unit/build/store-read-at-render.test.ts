import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  storeReadAtRender,
  storeReadAtRenderIntegration,
  storeReadAtRenderPlugin,
} from '../../../src/build/store-read-at-render.ts';

const STORE_MODULE = '\0astro:data-layer-content';

/** A store as Astro writes one: devalue's flattened form, as JSON. */
const store = JSON.stringify([
  ['Map', 1],
  [[2, 3]],
  'articles',
  ['Map', 4],
  [[5, 6]],
  'a',
  { title: 7 },
  'Café "quoted" \u2028',
]);

function storeFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-store-'));
  const file = join(dir, 'data-store.json');
  writeFileSync(file, store);
  return pathToFileURL(file).href;
}

describe('storeReadAtRender', () => {
  it('is a module whose default export is the store file parsed, as the inlined module gives it', async () => {
    const url = storeFile();
    const dir = mkdtempSync(join(tmpdir(), 'dateline-store-module-'));
    const module = join(dir, 'store.mjs');
    writeFileSync(module, storeReadAtRender(url));
    const inlined = join(dir, 'inlined.mjs');
    writeFileSync(inlined, `export default JSON.parse(${JSON.stringify(store)})`);
    const read = (await import(pathToFileURL(module).href)) as { default: unknown };
    const kept = (await import(pathToFileURL(inlined).href)) as { default: unknown };
    expect(read.default).toEqual(kept.default);
  });

  it('names the store by a URL that may hold quotes and other characters of a path', () => {
    const code = storeReadAtRender("file:///tmp/it's%20here/data-store.json");
    expect(code).toContain(`new URL("file:///tmp/it's%20here/data-store.json")`);
  });
});

describe('storeReadAtRenderPlugin', () => {
  const plugin = storeReadAtRenderPlugin('file:///cache/data-store.json');
  const transform = (code: string, id = STORE_MODULE) => plugin.transform.handler(code, id);

  it("replaces the store's inlined module", () => {
    expect(transform(`export default JSON.parse(${JSON.stringify(store)})`)?.code).toBe(
      storeReadAtRender('file:///cache/data-store.json'),
    );
  });

  it('leaves a store in chunks, a missing store and every other module as they are', () => {
    expect(transform('export default new Map()')).toBeUndefined();
    expect(
      transform('export default{"articles":[(await import("astro:data-layer-content-chunk:a.txt"))]}'),
    ).toBeUndefined();
    expect(transform('export default JSON.parse("[]")', '\0astro:content')).toBeUndefined();
    expect(plugin.transform.filter.id.test(STORE_MODULE)).toBe(true);
    expect(plugin.transform.filter.id.test('\0astro:data-layer-content-chunk:a.txt')).toBe(false);
  });
});

describe('storeReadAtRenderIntegration', () => {
  type Setup = (options: {
    config: { cacheDir: URL };
    command: string;
    updateConfig: (config: { vite: { plugins: { name: string }[] } }) => void;
  }) => void;
  const setup = storeReadAtRenderIntegration().hooks['astro:config:setup'] as unknown as Setup;

  it('adds the plugin to a build only, with the store in the cache folder', () => {
    const added: { name: string }[] = [];
    const updateConfig = (config: { vite: { plugins: { name: string }[] } }) => added.push(...config.vite.plugins);
    setup({ config: { cacheDir: new URL('file:///site/node_modules/.astro/') }, command: 'dev', updateConfig });
    expect(added).toEqual([]);
    setup({ config: { cacheDir: new URL('file:///site/node_modules/.astro/') }, command: 'build', updateConfig });
    expect(added.map((plugin) => plugin.name)).toEqual(['dateline:store-read-at-render']);
    const [plugin] = added as ReturnType<typeof storeReadAtRenderPlugin>[];
    expect(plugin?.transform.handler('export default JSON.parse("[]")', STORE_MODULE)?.code).toContain(
      '"file:///site/node_modules/.astro/data-store.json"',
    );
  });
});
