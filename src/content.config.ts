import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFiles, documentSchema, pairingSchema, reportSchema, roadmapSchema, schoolSchema, settingsSchema, type CollectionName } from './schemas';

/** Every collection is a folder under src/content read by a glob loader; ids are file paths without extension. */
const loader = (name: CollectionName) => glob({ pattern: collectionFiles[name].pattern, base: `./src/content/${collectionFiles[name].dir}` });

export const collections = {
  settings: defineCollection({ loader: loader('settings'), schema: settingsSchema }),
  documents: defineCollection({ loader: loader('documents'), schema: documentSchema }),
  schools: defineCollection({ loader: loader('schools'), schema: schoolSchema }),
  pairings: defineCollection({ loader: loader('pairings'), schema: pairingSchema }),
  roadmaps: defineCollection({ loader: loader('roadmaps'), schema: roadmapSchema }),
  reports: defineCollection({ loader: loader('reports'), schema: reportSchema }),
};
