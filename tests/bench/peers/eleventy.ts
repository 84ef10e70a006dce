/**
 * A minimal Eleventy site for the same archive: article pages, person and organisation pages
 * (paginated by 20, like Dateline's), their A–Z lists, and year, month and day archives. The site's
 * templates are plain JavaScript (`.11ty.js`); term pages use Eleventy's usual "paginate over a
 * collection of chunks" pattern.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PeerArticle } from '../peer-content.ts';
import { PEER_CSS, type PeerBuild } from './peer.ts';

const HTML_JS = `const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const esc = (text) => String(text).replace(/[&<>"]/g, (c) => escapes[c]);
export const day = (date) => new Date(date).toISOString().slice(0, 10);
export const long = (date) => new Date(date).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
export const item = (a) => \`<li><a href="\${a.url}">\${esc(a.title)}</a> <time datetime="\${day(a.date)}">\${long(a.date)}</time></li>\`;
export const page = (title, main) => \`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>\${esc(title)} · Archive</title><link rel="stylesheet" href="/style.css"></head>
<body><header><a href="/">Archive</a> <nav><a href="/people/">People</a> <a href="/organisations/">Organisations</a> <a href="/archive/">Years</a></nav></header>
<main>\${main}</main></body></html>\`;
`;

const CONFIG_JS = `const PAGE = 20;
const byDate = (a, b) => (b.date - a.date) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
const view = (a) => ({ url: a.url, title: a.data.title, date: a.date });

function groups(articles) {
  const kinds = { people: new Map(), organisations: new Map(), years: new Map(), months: new Map(), days: new Map() };
  const add = (kind, key, name, url, article) => {
    const group = kinds[kind].get(key) ?? { name, url, articles: [] };
    group.articles.push(view(article));
    kinds[kind].set(key, group);
  };
  for (const a of articles) {
    for (const t of a.data.people ?? []) add('people', t.id, t.name, \`/people/\${t.id}/\`, a);
    for (const t of a.data.organisations ?? []) add('organisations', t.id, t.name, \`/organisations/\${t.id}/\`, a);
    const d = a.date.toISOString();
    add('years', d.slice(0, 4), d.slice(0, 4), \`/archive/\${d.slice(0, 4)}/\`, a);
    add('months', d.slice(0, 7), d.slice(0, 7), \`/archive/\${d.slice(0, 4)}/\${d.slice(5, 7)}/\`, a);
    add('days', d.slice(0, 10), d.slice(0, 10), \`/archive/\${d.slice(0, 4)}/\${d.slice(5, 7)}/\${d.slice(8, 10)}/\`, a);
  }
  return kinds;
}

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'style.css': 'style.css' });
  eleventyConfig.addCollection('termPages', (api) => {
    const articles = api.getFilteredByTag('article').sort(byDate);
    const pages = [];
    for (const kind of Object.values(groups(articles))) {
      for (const group of kind.values()) {
        const count = Math.ceil(group.articles.length / PAGE);
        for (let n = 1; n <= count; n++) {
          // "/page/N/", not "N/": a year's twelfth page would be its December.
          const url = (k) => (k === 1 ? group.url : \`\${group.url}page/\${k}/\`);
          pages.push({
            title: group.name,
            url: url(n),
            items: group.articles.slice((n - 1) * PAGE, n * PAGE),
            prev: n > 1 ? url(n - 1) : undefined,
            next: n < count ? url(n + 1) : undefined,
          });
        }
      }
    }
    return pages;
  });
  eleventyConfig.addCollection('termIndexes', (api) => {
    const kinds = groups(api.getFilteredByTag('article'));
    const list = (title, url, map) => ({
      title,
      url,
      rows: [...map.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.url < b.url ? -1 : 1))
        .map((g) => ({ name: g.name, url: g.url, count: g.articles.length })),
    });
    return [
      list('People', '/people/', kinds.people),
      list('Organisations', '/organisations/', kinds.organisations),
      list('Years', '/archive/', kinds.years),
    ];
  });
}

export const config = {
  dir: { input: 'src', output: '_site' },
  // Article text is data: no template language runs over it (Hugo does not either).
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
};
`;

const ARTICLE_LAYOUT = `import { esc, day, long, page } from '../../html.js';
const links = (terms, kind) => (terms ?? []).map((t) => \`<li><a href="/\${kind}/\${t.id}/">\${esc(t.name)}</a></li>\`).join('');
export default function (data) {
  return page(data.title, \`<article><h1>\${esc(data.title)}</h1>
<p><time datetime="\${day(data.page.date)}">\${long(data.page.date)}</time></p>
<ul class="people">\${links(data.people, 'people')}</ul><ul class="organisations">\${links(data.organisations, 'organisations')}</ul>
\${data.content}</article>\`);
}
`;

const TERMS_TEMPLATE = `import { esc, item, page } from '../html.js';
export const data = {
  pagination: { data: 'collections.termPages', size: 1, alias: 'chunk' },
  permalink: (data) => data.chunk.url,
  eleventyExcludeFromCollections: true,
};
export function render({ chunk }) {
  const prev = chunk.prev ? \`<a rel="prev" href="\${chunk.prev}">Newer</a>\` : '';
  const next = chunk.next ? \`<a rel="next" href="\${chunk.next}">Older</a>\` : '';
  return page(chunk.title, \`<h1>\${esc(chunk.title)}</h1><ul>\${chunk.items.map(item).join('')}</ul><nav aria-label="Pages">\${prev} \${next}</nav>\`);
}
`;

const INDEXES_TEMPLATE = `import { esc, page } from '../html.js';
export const data = {
  pagination: { data: 'collections.termIndexes', size: 1, alias: 'index' },
  permalink: (data) => data.index.url,
  eleventyExcludeFromCollections: true,
};
export function render({ index }) {
  const rows = index.rows.map((r) => \`<li><a href="\${r.url}">\${esc(r.name)}</a> (\${r.count})</li>\`).join('');
  return page(index.title, \`<h1>\${esc(index.title)}</h1><ul>\${rows}</ul>\`);
}
`;

const HOME_TEMPLATE = `import { item, page } from '../html.js';
export const data = { permalink: '/', eleventyExcludeFromCollections: true };
export function render({ collections }) {
  const latest = [...collections.article].sort((a, b) => (b.date - a.date) || (a.url < b.url ? -1 : 1)).slice(0, 20);
  return page('Latest', \`<h1>Latest</h1><ul>\${latest.map((a) => item({ url: a.url, title: a.data.title, date: a.date })).join('')}</ul>\`);
}
`;

/** Writes the Eleventy site for `articles` into `dir` (emptied first) and says how to build it. */
export async function writeEleventySite(
  articles: readonly PeerArticle[],
  dir: string,
  eleventyBin: string,
): Promise<PeerBuild> {
  await rm(dir, { recursive: true, force: true });
  await write(join(dir, 'html.js'), HTML_JS);
  await write(join(dir, 'eleventy.config.js'), CONFIG_JS);
  await write(join(dir, 'style.css'), PEER_CSS);
  await write(join(dir, 'src', '_includes', 'article.11ty.js'), ARTICLE_LAYOUT);
  await write(join(dir, 'src', 'terms.11ty.js'), TERMS_TEMPLATE);
  await write(join(dir, 'src', 'indexes.11ty.js'), INDEXES_TEMPLATE);
  await write(join(dir, 'src', 'index.11ty.js'), HOME_TEMPLATE);
  await write(
    join(dir, 'src', 'articles', 'articles.json'),
    JSON.stringify({ layout: 'article.11ty.js', tags: ['article'] }),
  );
  for (const article of articles) {
    const frontMatter = {
      title: article.title,
      date: article.date,
      people: article.people,
      organisations: article.organisations,
    };
    await write(
      join(dir, 'src', 'articles', `${article.id}.md`),
      `---json\n${JSON.stringify(frontMatter)}\n---\n\n${article.body}\n`,
    );
  }
  const out = join(dir, '_site');
  return { name: 'Eleventy', command: process.execPath, args: [eleventyBin, '--quiet'], cwd: dir, out };
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}
