import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { entitySchema, eventSchema } from './schema/entity.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { contentDir } from './content-dir.ts';

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
  loader: file(`${contentDir}/people.json`),
  schema: entitySchema,
});

const organisations = defineCollection({
  loader: file(`${contentDir}/organisations.json`),
  schema: entitySchema,
});

const events = defineCollection({
  loader: file(`${contentDir}/events.json`),
  schema: eventSchema,
});

export const collections = { articles, people, organisations, events };
