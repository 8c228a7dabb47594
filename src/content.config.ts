import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema } from './schemas/category';
import { componentSchema } from './schemas/component';
import { kubeProxyDatasetSchema } from './schemas/kube-proxy-dataset';

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

// Sourced figures for the kube-proxy costs page; one file, content/datasets/kube-proxy.yaml.
const datasets = defineCollection({
  loader: glob({ pattern: 'kube-proxy.yaml', base: './content/datasets' }),
  schema: kubeProxyDatasetSchema,
});

export const collections = { categories, components, datasets };
