import { fileForPath } from './build-fixture.ts';
import { page } from './html.ts';

/** Crawls from `/`, following every internal link and form, and reports links that lead nowhere. */
export function crawl(dist: string, base = '/'): { visited: Set<string>; broken: string[] } {
  const visited = new Set<string>();
  const broken: string[] = [];
  const queue = [base];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (visited.has(path)) continue;
    visited.add(path);
    const root = page(path.slice(base.length - 1), dist);
    const targets = [
      ...root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...root.querySelectorAll('link[href]').map((l) => l.getAttribute('href')!),
      ...root.querySelectorAll('[src]').map((el) => el.getAttribute('src')!),
      // A GET form is a way in as much as a link: the header's search box is how readers reach /search/.
      ...root.querySelectorAll('form[action]').map((form) => form.getAttribute('action')!),
    ].filter((href) => href.startsWith('/') && !href.startsWith('//'));
    for (const target of targets) {
      const clean = target.split('#')[0]!;
      if (!clean.startsWith(base) || !fileForPath(dist, clean.slice(base.length - 1))) {
        broken.push(`${path} → ${target}`);
      } else if (clean.endsWith('/') || clean.endsWith('.html')) {
        queue.push(clean);
      }
    }
  }
  return { visited, broken };
}
