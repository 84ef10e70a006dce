import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleSchema } from './schema/article.ts';
import { entitySchema } from './schema/entity.ts';
import { articleLoader } from './loaders/article-loader.ts';
import { contentDir } from './content-dir.ts';

const articles = defineCollection({
  loader: articleLoader({
    base: `${contentDir}/articles`,
    registries: { people: `${contentDir}/people.json`, organisations: `${contentDir}/organisations.json` },
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

export const collections = { articles, people, organisations };
