import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema } from './schemas/category';
import { componentSchema } from './schemas/component';
import { matrixSchema } from './schemas/matrix';

// The same schemas run earlier in the content-guard integration, which reports every problem
// at once; here they give pages their types.
const categories = defineCollection({
  loader: file('./content/categories.yaml'),
  schema: categorySchema,
});

const components = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/components' }),
  schema: componentSchema,
});

const matrices = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/matrices' }),
  schema: matrixSchema,
});

export const collections = { categories, components, matrices };
