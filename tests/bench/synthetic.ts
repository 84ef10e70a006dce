/**
 * A deterministic synthetic news archive: N articles of 400–800 words over ten years, each naming
 * 2–6 people from a pool of about N/5 and 1–3 organisations from about N/20, both drawn with
 * Zipf-like popularity. Article i depends only on (N, i), so article N+1 can be made later.
 */
import { distinct, pick, seeded, shuffled, zipf, type Random } from './random.ts';
import {
  FIRST_NAMES,
  MINISTRIES,
  ORG_CUES,
  ORG_REGIONS,
  ORG_SECTORS,
  ROLES,
  SURNAME_ENDINGS,
  SURNAME_STEMS,
} from './synthetic-words.ts';
import { writeBody } from './synthetic-prose.ts';

/** A person as the text names them. */
export interface SyntheticPerson {
  name: string;
  surname: string;
  role: string;
}

/** One article in the ingest format's terms, plus what it names. */
export interface SyntheticArticle {
  /** Position 1…N, also the raw file's name. */
  number: number;
  date: string;
  headline: string;
  paragraphs: string[];
  people: SyntheticPerson[];
  organisations: string[];
}

/** The pools an archive of a given size draws from. */
export interface SyntheticArchive {
  size: number;
  people: SyntheticPerson[];
  organisations: string[];
  article: (number: number) => SyntheticArticle;
}

const SEED = 20_251_204;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3653; // 2015-01-01 … 2024-12-31

/** The archive of `size` articles (pools sized from it). */
export function syntheticArchive(size: number): SyntheticArchive {
  const random = seeded(SEED ^ size);
  const people = personPool(random, Math.max(20, Math.round(size / 5)));
  const organisations = organisationPool(random, Math.max(10, Math.round(size / 20)));
  // Popularity is by rank; shuffling the pools first keeps it unrelated to the alphabet.
  const drawPerson = zipf(people.length);
  const drawOrganisation = zipf(organisations.length);
  const article = (number: number): SyntheticArticle => {
    const own = seeded(SEED + number * 7919);
    const date = new Date(FIRST_DAY + Math.floor(own() * DAYS) * 86_400_000).toISOString().slice(0, 10);
    const named = distinct(own, drawPerson, 2 + Math.floor(own() * 5), people.length).map((i) => people[i]!);
    const orgs = distinct(own, drawOrganisation, 1 + Math.floor(own() * 3), organisations.length).map(
      (i) => organisations[i]!,
    );
    const body = writeBody(own, named, orgs, 400 + Math.floor(own() * 401));
    return { number, date, headline: body.headline, paragraphs: body.paragraphs, people: named, organisations: orgs };
  };
  return { size, people, organisations, article };
}

function personPool(random: Random, count: number): SyntheticPerson[] {
  const surnames = shuffled(
    random,
    SURNAME_STEMS.flatMap((stem) => SURNAME_ENDINGS.map((ending) => stem + ending)),
  );
  const seen = new Set<string>();
  const pool: SyntheticPerson[] = [];
  // Surnames are used once each while they last, so a surname alone usually means one person.
  for (let i = 0; pool.length < count; i++) {
    const surname = surnames[i % surnames.length]!;
    const name = `${pick(random, FIRST_NAMES)} ${surname}`;
    if (seen.has(name)) continue;
    seen.add(name);
    pool.push({ name, surname, role: pick(random, ROLES) });
  }
  return pool;
}

function organisationPool(random: Random, count: number): string[] {
  const names = shuffled(random, [
    ...MINISTRIES.map((area) => `Ministry of ${area}`),
    ...ORG_REGIONS.flatMap((region) =>
      ORG_SECTORS.flatMap((sector) => ORG_CUES.map((cue) => `${region} ${sector} ${cue}`)),
    ),
  ]);
  if (count > names.length) throw new Error(`at most ${names.length} organisations can be made`);
  return names.slice(0, count);
}

/** The raw text of an article in the ingest format: date line, headline paragraph, body paragraphs. */
export function rawText(article: SyntheticArticle): string {
  return `date ${article.date} ${article.headline}\n\n${article.paragraphs.join('\n\n')}\n`;
}
