import { parse as parseYaml } from 'yaml';
import { toSlug } from '../../lib/slug.ts';
import { entityIdSchema, type EntityRecord } from '../../schema/entity.ts';
import type { EntityTable } from './entity-table.ts';
import { extractEvents } from '../extractor/extract-events.ts';
import { eventRecord } from './resolve-events.ts';

/** The registries an article names entities from, by front-matter field. */
export type ReferenceKind = 'people' | 'organisations' | 'events';

/** Registry entries re-created because articles named them and the registries lacked them. */
export type Repaired = Record<ReferenceKind, string[]>;

/** One article's front matter (the text between the `---` lines) and its body. */
export interface ArticleText {
  id: string;
  frontmatter: string;
  body: string;
}

const KINDS: readonly ReferenceKind[] = ['people', 'organisations', 'events'];

/* Longest name, in words, looked for in the text; longer ones get a name made from the id. */
const MAX_NAME_WORDS = 12;

/**
 * The entity ids a front matter names, read without a YAML parser (ingest reads every article
 * on every run): block lists as ingest writes them and one-line `[a, b]` lists as editors may.
 * It may over-report, never under-report; {@link repairRegistries} reads the front matter properly.
 */
export function referencedIds(frontmatter: string): { kind: ReferenceKind; id: string }[] {
  const found: { kind: ReferenceKind; id: string }[] = [];
  let kind: ReferenceKind | undefined;
  const add = (id: string) => {
    const bare = id.trim().replace(/^["']|["']$/g, '');
    if (kind !== undefined && bare !== '') found.push({ kind, id: bare });
  };
  for (const line of frontmatter.split('\n')) {
    const field = /^([A-Za-z_]+):(.*)$/.exec(line);
    if (field) {
      kind = KINDS.find((name) => name === field[1]);
      const rest = (field[2] ?? '').trim();
      if (rest.startsWith('['))
        rest
          .replace(/^\[|\]$/g, '')
          .split(',')
          .forEach(add);
    } else {
      const item = /^\s*-\s*(.*)$/.exec(line);
      if (item) add(item[1] ?? '');
    }
  }
  return found;
}

/**
 * Re-creates, as `auto` entities, the registry entries that articles name but the registries lack
 * (left so by a crash or by ingests that once ran at the same time), so the archive builds again.
 * The name is the words of the article that slug to the id (else one made from the id), an event
 * keeps the series and number its name gives, a person gains the roles the articles gave them.
 * `articles` are those {@link referencedIds} says may need it, in a fixed order.
 */
export function repairRegistries(
  tables: Record<ReferenceKind, EntityTable>,
  articles: readonly ArticleText[],
): Repaired {
  const repaired: Repaired = { people: [], organisations: [], events: [] };
  for (const article of articles) {
    const front = readFrontmatter(article.frontmatter);
    if (front === undefined) continue;
    const text = [front.title, front.summary, unescape(article.body)].filter((part) => part !== '').join('\n');
    for (const kind of KINDS) {
      // An id the build would refuse anyway is left for the build to report, not made an entity.
      for (const id of front[kind].filter((id) => entityIdSchema.safeParse(id).success && !/^\d+$/.test(id))) {
        const table = tables[kind];
        if (!table.has(id)) {
          table.add(recreate(kind, id, text, front.story));
          repaired[kind].push(id);
        }
        // Only entities re-created here gain roles: what an editor wrote is never changed.
        const entity = table.get(id);
        const role = kind === 'people' ? front.roles[id] : undefined;
        if (role !== undefined && entity !== undefined && repaired[kind].includes(id) && !entity.roles.includes(role)) {
          entity.roles.push(role);
        }
      }
    }
  }
  return repaired;
}

function recreate(kind: ReferenceKind, id: string, text: string, story: string | undefined): EntityRecord {
  if (kind === 'events') {
    const mention = extractEvents(text, story).find((event) => toSlug(event.name) === id);
    if (mention !== undefined) return eventRecord(id, mention);
  }
  return { id, name: nameIn(text, id) ?? nameFrom(id), aliases: [], roles: [], status: 'auto' };
}

/**
 * The words of `text` that slug to `id`, preferring a capitalised run. Each word is slugged once
 * and a run is only tried from a word whose slug starts the id, so this stays cheap on long text.
 */
export function nameIn(text: string, id: string): string | undefined {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const slugs = words.map((word) => toSlug(trimName(word)));
  let fallback: string | undefined;
  for (let start = 0; start < words.length; start += 1) {
    const first = slugs[start] ?? '';
    if (first === '' || !(id === first || id.startsWith(`${first}-`))) continue;
    for (let end = start + 1; end <= Math.min(words.length, start + MAX_NAME_WORDS); end += 1) {
      const name = trimName(words.slice(start, end).join(' '));
      const slug = toSlug(name);
      if (slug === id) {
        if (/^\p{Lu}/u.test(name)) return name;
        fallback ??= name;
      }
      if (slug.length > id.length) break;
    }
  }
  return fallback;
}

/* A run of words without the punctuation around it ("(Ana", "Lopez,"), or a possessive "'s". */
function trimName(run: string): string {
  const trimmed = run.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
  return trimmed.includes('(') && !trimmed.includes(')') && run.includes(')') ? `${trimmed})` : trimmed;
}

/* "ana-lopez" → "Ana Lopez": only when the articles no longer hold the name. */
function nameFrom(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

interface Frontmatter extends Record<ReferenceKind, string[]> {
  title: string;
  summary: string;
  story?: string;
  roles: Record<string, string>;
}

/* Front matter the build would refuse is left for the build to report; it is not repaired from. */
function readFrontmatter(text: string): Frontmatter | undefined {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const record = data as Record<string, unknown>;
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  const string = (value: unknown) => (typeof value === 'string' ? value : '');
  const roles = typeof record.roles === 'object' && record.roles !== null ? record.roles : {};
  return {
    title: string(record.title),
    summary: string(record.summary),
    ...(typeof record.story === 'string' ? { story: record.story } : {}),
    people: strings(record.people),
    organisations: strings(record.organisations),
    events: strings(record.events),
    roles: Object.fromEntries(
      Object.entries(roles).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    ),
  };
}

/* The body as text: Markdown's backslash escapes and MDX's character references undone. */
function unescape(body: string): string {
  return body
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(x[0-9a-f]{1,6}|\d{1,7});/gi, (reference, code: string) => {
      const point = /^x/i.test(code) ? parseInt(code.slice(1), 16) : Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : reference;
    });
}
