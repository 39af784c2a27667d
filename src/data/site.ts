/**
 * Loads every collection once per build and indexes it by id. Pages call `getSite()`
 * and look entries up; nothing re-reads a collection inside a loop.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexById, groupBy } from '../lib/index-by-id';
import { contentDir } from '../lib/content-dir';

export type DocumentEntry = CollectionEntry<'documents'>;
export type SchoolEntry = CollectionEntry<'schools'>;
export type PairingEntry = CollectionEntry<'pairings'>;
export type RoadmapEntry = CollectionEntry<'roadmaps'>;
export type ReportEntry = CollectionEntry<'reports'>;
export type SettingsEntry = CollectionEntry<'settings'>;

export interface Site {
  settings: SettingsEntry['data'];
  /** The date statuses are computed for: settings.asOf, else the build date (read once, here). */
  asOf: string;
  documents: DocumentEntry[];
  documentById: Map<string, DocumentEntry>;
  schools: SchoolEntry[];
  schoolById: Map<string, SchoolEntry>;
  pairings: PairingEntry[];
  pairingById: Map<string, PairingEntry>;
  roadmaps: RoadmapEntry[];
  roadmapById: Map<string, RoadmapEntry>;
  reports: ReportEntry[];
  reportsBySchool: Map<string, ReportEntry[]>;
  /** For an appendix entry (`collection:id`), the order it belongs to and its number there. */
  appendixOf: Map<string, { order: DocumentEntry; number: string }>;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [settingsList, documents, schools, pairings, roadmaps, reports] = await Promise.all([
    getCollection('settings'),
    getCollection('documents'),
    getCollection('schools'),
    getCollection('pairings'),
    getCollection('roadmaps'),
    getCollection('reports'),
  ]);
  const settings = settingsList[0]?.data;
  if (!settings) throw new Error(`Нет файла настроек ${contentDir(process.cwd())}/settings/site.yaml — создайте его (образец в README).`);
  const asOf = settings.asOf ?? new Date().toISOString().slice(0, 10);
  const byDate = (a: { data: { date?: string } }, b: { data: { date?: string } }) => (b.data.date ?? '').localeCompare(a.data.date ?? '');
  documents.sort(byDate);
  schools.sort((a, b) => a.data.shortName.localeCompare(b.data.shortName, 'ru'));
  reports.sort((a, b) => a.data.month.localeCompare(b.data.month) || a.data.school.localeCompare(b.data.school));
  const appendixOf = new Map<string, { order: DocumentEntry; number: string }>();
  for (const doc of documents) {
    for (const app of doc.data.appendices) appendixOf.set(`${app.collection}:${app.id}`, { order: doc, number: app.number });
  }
  return {
    settings,
    asOf,
    documents,
    documentById: indexById(documents),
    schools,
    schoolById: indexById(schools),
    pairings,
    pairingById: indexById(pairings),
    roadmaps,
    roadmapById: indexById(roadmaps),
    reports,
    reportsBySchool: groupBy(reports, (r) => r.data.school),
    appendixOf,
  };
}

/** The whole site's content, loaded and indexed once. */
export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

/** URL of an entry of any collection. */
export function entryUrl(collection: 'documents' | 'pairings' | 'roadmaps' | 'schools', id: string): string {
  switch (collection) {
    case 'documents': return `/documents/${id}/`;
    case 'pairings': return `/pairs/`;
    case 'roadmaps': return `/roadmap/${id}/`;
    case 'schools': return `/schools/${id}/`;
  }
}
