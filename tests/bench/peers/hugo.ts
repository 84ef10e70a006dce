/**
 * A minimal Hugo site for the same archive: article pages, person and organisation term pages
 * (paginated by 20, like Dateline's), their A–Z lists, and year, month and day archives, which Hugo
 * expresses as three more taxonomies. Written for Hugo 0.111 (Debian's), whose layouts live in
 * `layouts/_default/`.
 *
 * An article links its people and organisations from its own front matter (`.Params` and
 * `urlize`, which is how Hugo names term pages), not with `.GetTerms`: in Hugo 0.111 `.GetTerms`
 * searches the taxonomy for every call, so its cost grows with pages × terms and made the peer
 * several times slower at 20,000 articles than a Hugo site written the usual fast way.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PeerArticle } from '../peer-content.ts';
import { PEER_CSS, type PeerBuild } from './peer.ts';

const CONFIG = `baseURL = "http://localhost/"
title = "Archive"
languageCode = "en-gb"
paginate = 20
disableKinds = ["RSS", "sitemap", "robotsTXT", "section"]
# No "page/1/" redirect pages: the other sites do not make them either.
disableAliases = true

[taxonomies]
person = "people"
organisation = "organisations"
year = "years"
month = "months"
day = "days"
`;

const LAYOUTS: Record<string, string> = {
  '_default/baseof.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · Archive</title><link rel="stylesheet" href="/style.css"></head>
<body><header><a href="/">Archive</a> <nav><a href="/people/">People</a> <a href="/organisations/">Organisations</a> <a href="/years/">Years</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main></body></html>
`,
  '_default/single.html': `{{ define "main" }}<article><h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p>
<ul class="people">{{ range .Params.people }}<li><a href="/people/{{ urlize . }}/">{{ . }}</a></li>{{ end }}</ul>
<ul class="organisations">{{ range .Params.organisations }}<li><a href="/organisations/{{ urlize . }}/">{{ . }}</a></li>{{ end }}</ul>
{{ .Content }}</article>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}<h1>{{ .Title }}</h1>{{ $pager := .Paginate .Pages }}
<ul>{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></li>{{ end }}</ul>
<nav aria-label="Pages">{{ if $pager.HasPrev }}<a rel="prev" href="{{ $pager.Prev.URL }}">Newer</a>{{ end }} {{ if $pager.HasNext }}<a rel="next" href="{{ $pager.Next.URL }}">Older</a>{{ end }}</nav>{{ end }}
`,
  '_default/terms.html': `{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}
`,
  'index.html': `{{ define "main" }}<h1>Latest</h1>
<ul>{{ range first 20 site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></li>{{ end }}</ul>{{ end }}
`,
};

/** Writes the Hugo site for `articles` into `dir` (emptied first) and says how to build it. */
export async function writeHugoSite(articles: readonly PeerArticle[], dir: string): Promise<PeerBuild> {
  await rm(dir, { recursive: true, force: true });
  await write(join(dir, 'hugo.toml'), CONFIG);
  await write(join(dir, 'static', 'style.css'), PEER_CSS);
  for (const [file, text] of Object.entries(LAYOUTS)) await write(join(dir, 'layouts', file), text);
  for (const article of articles) {
    // JSON front matter: no quoting rules to get wrong for titles with colons or quotes.
    const frontMatter = {
      title: article.title,
      date: article.date,
      people: article.people.map((term) => term.name),
      organisations: article.organisations.map((term) => term.name),
      years: [article.date.slice(0, 4)],
      months: [article.date.slice(0, 7)],
      days: [article.date],
    };
    await write(
      join(dir, 'content', 'articles', `${article.id}.md`),
      `${JSON.stringify(frontMatter)}\n\n${article.body}\n`,
    );
  }
  const out = join(dir, 'public');
  return { name: 'Hugo', command: 'hugo', args: ['--source', dir, '--destination', out, '--quiet'], cwd: dir, out };
}

async function write(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}
