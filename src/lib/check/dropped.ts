import { contentDir } from '../content-dir';
import { loadContent } from './load';
import { checkSchemas } from './schema';
import { sortProblems } from './format';
import { nameFields } from './field-title';
import type { Problem } from './types';

/**
 * Entries the site leaves out because their file cannot be read or fails its schema: the errors
 * of `npm run check` that come before any cross-collection rule, with file, line and field. The
 * production build stops on them (scripts/lib/build-site.ts); `npm run dev` keeps going without
 * the entry, so every page of the dev site lists them (src/components/site/DevContentErrors.astro)
 * instead of the entry silently disappearing. Reads the files on each call (the check's parse
 * cache keeps that cheap), so a fix shows on the next reload.
 */
export function droppedEntries(root: string): Problem[] {
  const { entries, problems } = loadContent(root, contentDir(root));
  const { problems: schema } = checkSchemas(entries);
  const dataOf = new Map(entries.map((e) => [e.file, e.data]));
  return nameFields(sortProblems([...problems, ...schema].filter((p) => p.severity === 'error')), (file) => dataOf.get(file));
}
