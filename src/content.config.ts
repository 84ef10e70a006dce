import { defineCollection } from 'astro:content';
import { articleSchema } from './schema/article.ts';
import { entitySchema, eventSchema } from './schema/entity.ts';
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

const people = defineCollection({
  loader: registryLoader(`${contentDir}/people.json`),
  schema: entitySchema,
});

const organisations = defineCollection({
  loader: registryLoader(`${contentDir}/organisations.json`),
  schema: entitySchema,
});

const events = defineCollection({
  loader: registryLoader(`${contentDir}/events.json`),
  schema: eventSchema,
});

/* The names ingest left for an editor; a profile says when some may be its entity. */
const review = defineCollection({
  loader: reviewLoader(`${contentDir}/review.json`),
  schema: reviewEntrySchema,
});

export const collections = { articles, people, organisations, events, review };
