import { stringify } from 'yaml';

/*
 * The front matter ingest writes, apart from the body's serialiser (`to-mdx.ts`), so the thread
 * that resolves articles in order can rewrite and read front matter without loading the Markdown
 * serialiser, which runs beside it in the workers.
 */

/** Front matter ingest writes, in the order it is written (the schema is `src/schema/article.ts`). */
export interface Frontmatter {
  title: string;
  date: string;
  story?: string;
  summary?: string;
  people: string[];
  organisations: string[];
  events: string[];
  places: string[];
  roles: Record<string, string>;
  source?: string;
  hash: string;
}

const FIELD_ORDER = [
  'title',
  'date',
  'story',
  'summary',
  'people',
  'organisations',
  'events',
  'places',
  'roles',
  'source',
  'hash',
] as const;

/** Front matter fields in the order they are written, absent ones left out. */
export function orderFrontmatter(frontmatter: Frontmatter): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) if (frontmatter[field] !== undefined) ordered[field] = frontmatter[field];
  return ordered;
}

/**
 * Front matter fields as ingest writes them between the `---` lines. YAML 1.1 rules quote what an
 * older parser would read as a date or boolean ("2025-12-04", "no").
 */
export const frontmatterYaml = (fields: Record<string, unknown>): string =>
  stringify(fields, { version: '1.1', lineWidth: 0 });
