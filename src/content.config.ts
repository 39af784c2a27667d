import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFiles, documentSchema, pairingSchema, pairSchema, reportSchema, roadmapSchema, schoolSchema, settingsSchema, type CollectionName } from './schemas';
import { contentDir } from './lib/content-dir';

/**
 * Every collection is a folder under the content root (`src/content`, or `$SETKA_CONTENT`, see
 * `src/lib/content-dir.ts`) read by a glob loader; ids are file paths without extension.
 */
const root = contentDir(process.cwd());
const loader = (name: CollectionName) => glob({ pattern: collectionFiles[name].pattern, base: pathToFileURL(join(root, collectionFiles[name].dir)) });

export const collections = {
  settings: defineCollection({ loader: loader('settings'), schema: settingsSchema }),
  documents: defineCollection({ loader: loader('documents'), schema: documentSchema }),
  schools: defineCollection({ loader: loader('schools'), schema: schoolSchema }),
  pairings: defineCollection({ loader: loader('pairings'), schema: pairingSchema }),
  pairs: defineCollection({ loader: loader('pairs'), schema: pairSchema }),
  roadmaps: defineCollection({ loader: loader('roadmaps'), schema: roadmapSchema }),
  reports: defineCollection({ loader: loader('reports'), schema: reportSchema }),
};
