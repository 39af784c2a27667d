/**
 * The one content model: every collection as a plain list of `{ id, data }` entries, read by
 * Astro's `getCollection` for the site (src/data/) and from disk by `npm run check`
 * (src/lib/check/). Everything the site computes starts from a `Content`.
 */
import type { DocumentData, Pairing, Report, Roadmap, School, Settings } from '../../schemas';
import { groupBy, indexById } from '../index-by-id';

/** One content entry: its id (file path without extension) and its validated data. */
export interface Entry<T> {
  id: string;
  data: T;
  /** Markdown body (documents). */
  body?: string | undefined;
  /** Source file, when known (Astro's `filePath`, relative to the project). */
  filePath?: string | undefined;
}

export type SettingsEntry = Entry<Settings>;
export type DocumentEntry = Entry<DocumentData>;
export type SchoolEntry = Entry<School>;
export type PairingEntry = Entry<Pairing>;
export type RoadmapEntry = Entry<Roadmap>;
export type ReportEntry = Entry<Report>;

/** Every collection of the site, as validated entries. */
export interface Content {
  settings: SettingsEntry[];
  documents: DocumentEntry[];
  schools: SchoolEntry[];
  pairings: PairingEntry[];
  roadmaps: RoadmapEntry[];
  reports: ReportEntry[];
}

/** The content sorted for display and indexed by id, with the settings and the date statuses are computed for. */
export interface Site {
  settings: Settings;
  /** The date statuses are computed for (`YYYY-MM-DD`). */
  asOf: string;
  /** Newest first (by `date`). */
  documents: DocumentEntry[];
  documentById: Map<string, DocumentEntry>;
  /** By short name, Russian collation. */
  schools: SchoolEntry[];
  schoolById: Map<string, SchoolEntry>;
  pairings: PairingEntry[];
  pairingById: Map<string, PairingEntry>;
  roadmaps: RoadmapEntry[];
  roadmapById: Map<string, RoadmapEntry>;
  /** By month, then school. */
  reports: ReportEntry[];
  reportsBySchool: Map<string, ReportEntry[]>;
  /** For an appendix entry (`collection:id`), the order it belongs to and its number there. */
  appendixOf: Map<string, { order: DocumentEntry; number: string }>;
}

/** The settings entry, or a Russian error saying which file to create (`dir`: the content root as messages name it). */
export function settingsOf(content: Pick<Content, 'settings'>, dir = 'src/content'): Settings {
  const settings = content.settings[0]?.data;
  if (!settings) throw new Error(`Нет файла настроек ${dir}/settings/site.yaml — создайте его (образец — src/content/settings/site.yaml демо-сайта).`);
  return settings;
}

/**
 * The day a build computes statuses for (unless settings.asOf freezes it): `SETKA_BUILD_DATE`,
 * set once by the build script for all its processes, so a build that runs over midnight UTC
 * gives every page and file the same day; else today (UTC).
 */
export const BUILD_DATE_ENV = 'SETKA_BUILD_DATE';

export function buildDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const set = env[BUILD_DATE_ENV];
  return set && /^\d{4}-\d{2}-\d{2}$/.test(set) ? set : now.toISOString().slice(0, 10);
}

/** The date statuses are computed for: `settings.asOf` when set (a frozen demo), else `today`. */
export function resolveAsOf(settings: Settings, today: string): string {
  return settings.asOf ?? today;
}

/**
 * The site as a build sees `content` (`dir`: the content root as messages name it): statuses for
 * `settings.asOf`, else the build's day (`buildDate`). One rule for Astro's pages (src/data/site.ts)
 * and for the cards the check plans before Astro has read the content (scripts/check.ts).
 */
export function siteForBuild(content: Content, dir?: string): Site {
  return indexContent(content, resolveAsOf(settingsOf(content, dir), buildDate()), dir);
}

/** Sorts and indexes `content` once; the lists in `content` are not changed. */
export function indexContent(content: Content, asOf: string, dir?: string): Site {
  const settings = settingsOf(content, dir);
  const byDate = (a: DocumentEntry, b: DocumentEntry) => (b.data.date ?? '').localeCompare(a.data.date ?? '');
  const documents = [...content.documents].sort(byDate);
  const schools = [...content.schools].sort((a, b) => a.data.shortName.localeCompare(b.data.shortName, 'ru'));
  const reports = [...content.reports].sort((a, b) => a.data.month.localeCompare(b.data.month) || a.data.school.localeCompare(b.data.school));
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
    pairings: content.pairings,
    pairingById: indexById(content.pairings),
    roadmaps: content.roadmaps,
    roadmapById: indexById(content.roadmaps),
    reports,
    reportsBySchool: groupBy(reports, (r) => r.data.school),
    appendixOf,
  };
}

/**
 * The date a document is dated by for readers, cards and feeds: its own date; for an appendix
 * without one, the approving order's date (not the stamp's, which may cite another date — «так в
 * оригинале»); the stamp's date only when nothing else is known.
 */
export function documentDate(site: Site, doc: DocumentEntry): string | undefined {
  return doc.data.date ?? site.appendixOf.get(`documents:${doc.id}`)?.order.data.date ?? doc.data.approval?.date;
}
