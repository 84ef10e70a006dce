/*
 * schema.org structured data (JSON-LD) for search engines and link previews. Builders take plain
 * names and absolute URLs and return plain objects; the page serialises them into a script tag.
 */

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** Someone or something named in structured data, with the absolute URL of its page if it has one. */
export interface LinkedName {
  name: string;
  url?: string;
}

const CONTEXT = 'https://schema.org';

function named(type: 'Person' | 'Organization', thing: LinkedName): JsonLd {
  return { '@type': type, name: thing.name, ...(thing.url ? { url: thing.url } : {}) };
}

/** What a NewsArticle is built from. */
export interface NewsArticleInput {
  headline: string;
  /** Calendar date `YYYY-MM-DD`. */
  datePublished: string;
  description?: string;
  url: string;
  people: LinkedName[];
  organisations: LinkedName[];
  /** The archive itself, named as publisher so the article is attributed to a site. */
  publisher: LinkedName;
}

/** A NewsArticle whose `mentions` list each person and organisation named in it. */
export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: input.headline,
    datePublished: input.datePublished,
    ...(input.description ? { description: input.description } : {}),
    url: input.url,
    mainEntityOfPage: input.url,
    mentions: [
      ...input.people.map((person) => named('Person', person)),
      ...input.organisations.map((organisation) => named('Organization', organisation)),
    ],
    publisher: named('Organization', input.publisher),
  };
}

/** What a profile's Person or Organization is built from. */
export interface ProfileInput {
  name: string;
  url: string;
  description?: string;
  /** Other spellings the archive knows ("Singh"). */
  aliases: string[];
}

/** The subject of a person's or an organisation's page. */
export function profileJsonLd(type: 'Person' | 'Organization', input: ProfileInput): JsonLd {
  return {
    '@context': CONTEXT,
    ...named(type, input),
    ...(input.description ? { description: input.description } : {}),
    ...(input.aliases.length > 0 ? { alternateName: input.aliases } : {}),
  };
}

/** A BreadcrumbList from the outermost crumb to the current page, each with its absolute URL. */
export function breadcrumbListJsonLd(crumbs: { name: string; url: string }[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so text such as a headline
 * containing "</script>" cannot end the script early; JSON parsers read `\u003c` back as `<`.
 */
export function serialiseJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
