import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** The fixture archive: real content in the shape ingest writes, edge cases included. */
const archive = resolve(import.meta.dirname, '..', 'fixtures', 'archive');

/** The front matter of every fixture article, by file, read as plain YAML (independently of the loaders). */
export function fixtureFrontMatter(): Map<string, unknown> {
  const articles = join(archive, 'articles');
  const files = readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx'));
  return new Map(
    files.sort().map((file) => {
      const yaml = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(articles, file), 'utf8'))?.[1];
      if (yaml === undefined) throw new Error(`${file} has no front matter`);
      return [file, parseYaml(yaml) as unknown];
    }),
  );
}

/** A fixture JSON file (`people.json`, `review.json` …), parsed as a list of plain entries. */
export function fixtureJson(file: string): Record<string, unknown>[] {
  return JSON.parse(readFileSync(join(archive, file), 'utf8')) as Record<string, unknown>[];
}

/** A schema's complaints about `data`, each as `field: message`, or none when it is accepted. */
export function schemaIssues(
  schema: {
    safeParse(data: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  data: unknown,
): string[] {
  const result = schema.safeParse(data);
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}
