/**
 * The archive the peers build, read from a Dateline content folder (after ingest), so that every
 * site builds the same articles with the same people and organisations.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** A person or organisation as the peers show it. */
export interface PeerTerm {
  id: string;
  name: string;
}

/** One article as the peers render it. */
export interface PeerArticle {
  /** Path under `articles/` without extension: `2019/2019-03-04-some-title`. */
  id: string;
  title: string;
  date: string;
  people: PeerTerm[];
  organisations: PeerTerm[];
  /** Markdown body (ingest escapes it for MDX, which is also valid CommonMark). */
  body: string;
}

/** Every article of `contentDir`, sorted by id. */
export async function readPeerArchive(contentDir: string): Promise<PeerArticle[]> {
  const names = {
    people: await registryNames(join(contentDir, 'people.json')),
    organisations: await registryNames(join(contentDir, 'organisations.json')),
  };
  const dir = join(contentDir, 'articles');
  const files = (await readdir(dir, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.mdx')).sort();
  const articles: PeerArticle[] = [];
  for (const file of files) {
    const source = await readFile(join(dir, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
    if (!match) throw new Error(`${file}: no front matter`);
    const data = parseYaml(match[1] ?? '') as Record<string, unknown>;
    const terms = (kind: 'people' | 'organisations') =>
      ((data[kind] as string[] | undefined) ?? []).map((id) => ({ id, name: names[kind].get(id) ?? id }));
    articles.push({
      id: file.slice(0, -'.mdx'.length).split(sep).join('/'),
      title: String(data.title),
      date: String(data.date),
      people: terms('people'),
      organisations: terms('organisations'),
      body: source.slice(match[0].length).trim(),
    });
  }
  return articles;
}

async function registryNames(file: string): Promise<Map<string, string>> {
  const text = await readFile(file, 'utf8').catch(() => '[]');
  const entries = JSON.parse(text) as { id: string; name: string }[];
  return new Map(entries.map((entry) => [entry.id, entry.name]));
}
