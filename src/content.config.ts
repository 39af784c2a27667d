import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFiles, schemas, type CollectionName } from './schemas';

/** Every collection is a folder under src/content read by a glob loader; ids are file paths without extension. */
function collection<N extends CollectionName>(name: N) {
  const { dir, pattern } = collectionFiles[name];
  return defineCollection({ loader: glob({ pattern, base: `./src/content/${dir}` }), schema: schemas[name] });
}

export const collections = {
  settings: collection('settings'),
  documents: collection('documents'),
  schools: collection('schools'),
  pairings: collection('pairings'),
  roadmaps: collection('roadmaps'),
  reports: collection('reports'),
};
