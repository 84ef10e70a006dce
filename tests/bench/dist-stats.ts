/** Sizes of a built site: pages, bytes, the largest page and the client JavaScript and CSS it ships. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** What a built site folder holds. */
export interface DistStats {
  pages: number;
  bytes: number;
  largestPage: { path: string; bytes: number };
  /** JavaScript files plus inline scripts, search index and JSON-LD excluded. */
  clientJsBytes: number;
  cssBytes: number;
  /** The page that loads the most CSS (linked stylesheets plus inline styles), and how much. */
  heaviestCss: { path: string; bytes: number };
  /** Article pages (under `articlesDir`) that run any script (data blocks such as JSON-LD aside). */
  articlePagesWithScript: number;
  articlePages: number;
  /** Bytes under the search index folders (`pagefind/`, `pagefind-2/` …), 0 when there is none. */
  searchIndexBytes: number;
}

const SEARCH_DIR = 'pagefind';

/** Walks `dist` once; article pages are the HTML files under `dist/<articlesDir>/`. */
export async function distStats(dist: string, articlesDir = 'articles'): Promise<DistStats> {
  const files = (await readdir(dist, { recursive: true, encoding: 'utf8' })).sort();
  const stats: DistStats = {
    pages: 0,
    bytes: 0,
    largestPage: { path: '', bytes: 0 },
    clientJsBytes: 0,
    cssBytes: 0,
    heaviestCss: { path: '', bytes: 0 },
    articlePagesWithScript: 0,
    articlePages: 0,
    searchIndexBytes: 0,
  };
  const cssSizes = new Map<string, number>();
  const pages: { file: string; css: PageCss }[] = [];
  for (const file of files) {
    const path = join(dist, file);
    const info = await stat(path);
    if (!info.isFile()) continue;
    stats.bytes += info.size;
    const parts = file.split(sep);
    // The search index and its shards (pagefind-2/, pagefind-3/ …) are data for the search page.
    if (parts[0] === SEARCH_DIR || /^pagefind-\d+$/.test(parts[0] ?? '')) {
      stats.searchIndexBytes += info.size;
      continue;
    }
    if (/\.m?js$/.test(file)) stats.clientJsBytes += info.size;
    else if (file.endsWith('.css')) {
      stats.cssBytes += info.size;
      cssSizes.set(file.split(sep).join('/'), info.size);
    } else if (file.endsWith('.html')) {
      stats.pages++;
      if (info.size > stats.largestPage.bytes) stats.largestPage = { path: '/' + parts.join('/'), bytes: info.size };
      const html = await readFile(path, 'utf8');
      pages.push({ file, css: pageCss(html) });
      const scripts = codeScripts(html);
      stats.clientJsBytes += scripts.reduce((sum, script) => sum + Buffer.byteLength(script), 0);
      if (parts[0] === articlesDir) {
        stats.articlePages++;
        if (scripts.length > 0) stats.articlePagesWithScript++;
      }
    }
  }
  for (const { file, css } of pages) {
    const linked = css.links.map((path) => [...cssSizes].find(([name]) => path === name || path.endsWith(`/${name}`)));
    const bytes = css.inlineBytes + linked.reduce((sum, found) => sum + (found?.[1] ?? 0), 0);
    if (bytes > stats.heaviestCss.bytes) stats.heaviestCss = { path: '/' + file.split(sep).join('/'), bytes };
  }
  return stats;
}

interface PageCss {
  /** Paths of the linked stylesheets, any base path still on them. */
  links: string[];
  inlineBytes: number;
}

/* The CSS one page loads: its linked stylesheets and the bytes of its inline styles. */
function pageCss(html: string): PageCss {
  const links = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet[^>]*>/gi)].map((match) => {
    const href = /href=["']?([^"' >]+)/i.exec(match[0])?.[1] ?? '';
    return new URL(href, 'http://site/').pathname.slice(1);
  });
  let inlineBytes = 0;
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    inlineBytes += Buffer.byteLength(match[1] ?? '');
  return { links, inlineBytes };
}
/**
 * Bodies of the scripts a page runs, inline or loaded (`src`, counted as its tag); JSON-LD and
 * other data blocks are not code and are left out.
 */
function codeScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    scripts.push(/\bsrc\s*=/i.test(attributes) ? '' : (match[2] ?? ''));
  }
  return scripts;
}
