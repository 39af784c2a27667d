import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const dir = process.env.SETKA_REFERENCE_PAGES;
if (!dir) throw new Error('SETKA_REFERENCE_PAGES: укажите папку со страницами эталона (её пишет npm run bench)');

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.md', base: pathToFileURL(`${dir}/`) }),
    schema: z.object({ title: z.string() }),
  }),
};
