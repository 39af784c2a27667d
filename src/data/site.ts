/**
 * The adapter between Astro's content collections and the programme core: reads every
 * collection once per build and hands the plain `Content` to `src/lib/programme/`.
 * Pages call `getSite()` / `getProgramme()`; the rules live in the core, not here.
 */
import { getCollection } from 'astro:content';
import { assemblePairings, siteForBuild, type Content, type Site } from '../lib/programme';
export { documentDate } from '../lib/programme';
import { contentDir, displayPath } from '../lib/content-dir';

export type { Site, DocumentEntry, SchoolEntry, PairingEntry, RoadmapEntry, ReportEntry, SettingsEntry } from '../lib/programme';

let content: Promise<Content> | undefined;
let site: Promise<Site> | undefined;

/** Every collection, read once per build; a pairing list comes with its pairs as rows. */
export function getContent(): Promise<Content> {
  content ??= Promise.all([
    getCollection('settings'),
    getCollection('documents'),
    getCollection('schools'),
    getCollection('pairings'),
    getCollection('pairs'),
    getCollection('roadmaps'),
    getCollection('reports'),
  ]).then(([settings, documents, schools, lists, pairs, roadmaps, reports]) => ({ settings, documents, schools, pairings: assemblePairings(lists, pairs), roadmaps, reports }));
  return content;
}

/** The whole site's content, sorted and indexed once; `asOf` is settings.asOf, else the build's day (`buildDate`). */
export function getSite(): Promise<Site> {
  site ??= getContent().then((c) => {
    const dir = displayPath(process.cwd(), contentDir(process.cwd()));
    return siteForBuild(c, dir);
  });
  return site;
}

