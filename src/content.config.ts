import { defineCollection } from 'astro:content';
import { articleSchema } from './schema/article.ts';
import { reviewEntrySchema } from './schema/review.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { reviewLoader } from './loaders/review-loader.ts';
import { registryLoader } from './loaders/registry-loader.ts';
import { contentDir } from './site/config.ts';

const articles = defineCollection({
  loader: articleLoader({
    base: `${contentDir}/articles`,
    registries: {
      people: `${contentDir}/people.json`,
      organisations: `${contentDir}/organisations.json`,
      events: `${contentDir}/events.json`,
    },
  }),
  schema: articleSchema,
});

/* Each registry's schema is its loader's (src/loaders/registry-file.ts), the one mention links read it with too. */
const people = defineCollection({
  loader: registryLoader('people', `${contentDir}/people.json`),
});

const organisations = defineCollection({
  loader: registryLoader('organisations', `${contentDir}/organisations.json`),
});

const events = defineCollection({
  loader: registryLoader('events', `${contentDir}/events.json`),
});

/* The names ingest left for an editor; a profile says when some may be its entity. */
const review = defineCollection({
  loader: reviewLoader(`${contentDir}/review.json`),
  schema: reviewEntrySchema,
});

export const collections = { articles, people, organisations, events, review };
