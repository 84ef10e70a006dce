/**
 * Writes a synthetic archive to disk: as raw text in the ingest format (the normal path), or,
 * when ingest cannot run, straight to a content folder with the front matter ingest would give.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { articleId } from '../../src/ingest/text/article-path.ts';
import { toMdx } from '../../src/ingest/text/to-mdx.ts';
import { toSlug } from '../../src/lib/slug.ts';
import { rawText, type SyntheticArchive, type SyntheticArticle } from './synthetic.ts';

/** Raw file name of article `number`: zero-padded so a folder listing is in article order. */
export function rawFileName(number: number): string {
  return `${String(number).padStart(6, '0')}.txt`;
}

/** Writes articles 1…count as raw text files into `dir` (emptied first). */
export async function writeRaw(archive: SyntheticArchive, dir: string, count = archive.size): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (let number = 1; number <= count; number++) {
    await writeFile(join(dir, rawFileName(number)), rawText(archive.article(number)));
  }
}

/**
 * Writes articles 1…count straight into `contentDir` (emptied first) with the registries, for
 * when ingest is unavailable: the site then builds the same archive, though nothing was extracted.
 */
export async function writeContent(archive: SyntheticArchive, contentDir: string, count = archive.size): Promise<void> {
  await rm(contentDir, { recursive: true, force: true });
  const taken = new Set<string>();
  const people = new Map<string, { id: string; name: string; aliases: string[]; roles: string[]; status: string }>();
  const organisations = new Map<
    string,
    { id: string; name: string; aliases: string[]; roles: string[]; status: string }
  >();
  for (let number = 1; number <= count; number++) {
    const article = archive.article(number);
    const id = articleId(article.date, article.headline, (candidate) => taken.has(candidate));
    taken.add(id);
    const file = join(contentDir, 'articles', `${id}.mdx`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, mdxOf(article));
    for (const person of article.people) {
      people.set(toSlug(person.name), {
        id: toSlug(person.name),
        name: person.name,
        aliases: [person.surname],
        roles: [person.role],
        status: 'auto',
      });
    }
    for (const name of article.organisations) {
      organisations.set(toSlug(name), { id: toSlug(name), name, aliases: [], roles: [], status: 'auto' });
    }
  }
  const sorted = <T extends { id: string }>(map: Map<string, T>) =>
    [...map.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await writeFile(join(contentDir, 'people.json'), `${JSON.stringify(sorted(people), null, 2)}\n`);
  await writeFile(join(contentDir, 'organisations.json'), `${JSON.stringify(sorted(organisations), null, 2)}\n`);
  await writeFile(join(contentDir, 'events.json'), '[]\n');
}

function mdxOf(article: SyntheticArticle): string {
  return toMdx(
    {
      title: article.headline,
      date: article.date,
      summary: article.paragraphs[0]?.split('. ')[0],
      people: article.people.map((person) => toSlug(person.name)),
      organisations: article.organisations.map(toSlug),
      events: [],
      places: [],
      roles: Object.fromEntries(article.people.map((person) => [toSlug(person.name), person.role])),
      hash: article.number.toString(16).padStart(16, '0'),
    },
    article.paragraphs,
  );
}
