import { readFileSync } from 'node:fs';
import { parse, type HTMLElement } from 'node-html-parser';
import { fileForPath, fixtureDist } from './build-fixture.ts';

const cache = new Map<string, HTMLElement>();

/** The parsed page served at a site path of the built fixture; fails the test when it is missing. */
export function page(sitePath: string, dist = fixtureDist): HTMLElement {
  const key = `${dist}|${sitePath}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const file = fileForPath(dist, sitePath);
  if (!file) throw new Error(`no page at ${sitePath}`);
  const root = parse(readFileSync(file, 'utf8'));
  cache.set(key, root);
  return root;
}

/** Hrefs of the article links in every list of articles (cards or headlines) of a page, in order. */
export function listedArticles(root: HTMLElement): string[] {
  return root
    .querySelectorAll('[data-list="articles"] > li, [data-list="headlines"] > li')
    .map((item) => item.querySelectorAll('a').find((a) => a.getAttribute('href')?.startsWith('/articles/')))
    .map((a) => a?.getAttribute('href') ?? '');
}

/** Every href on a page. */
export function hrefs(root: HTMLElement): string[] {
  return root.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? '');
}

/** Every JSON-LD block of a parsed page. */
export function jsonLdBlocks(root: HTMLElement): Record<string, unknown>[] {
  return root
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
}
