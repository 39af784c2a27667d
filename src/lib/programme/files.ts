/**
 * The site's files made from the data alone, with no page around them: open data (CSV and
 * JSON), the calendars, the feed and the DOCX files (a school's report blanks, documents,
 * roadmaps, pairing lists); and Decap CMS's own scripts, copied as they are. One function per file, called by the Astro endpoints (`astro dev`,
 * a plain `astro build`) and by `npm run build`, which makes these files in a process of its own
 * once Astro has rendered the pages, beside the search index and the cards (`makeDataFiles`,
 * scripts/data-files.ts, scripts/lib/build-site.ts): the same bytes either way, from the same code.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { blankDocx, type DatasetId } from '../export';
import { documentDocx, pairingDocx, roadmapDocx } from '../export/document-docx';
import { routes } from '../routes';
import { decapAssets, readDecapAsset } from '../cms/assets';
import { getRssString } from '@astrojs/rss';
import { formatMonth } from '../dates';
import { t } from '../../i18n/ru';
import { escapeXml as escapeHtml } from '../timeline';
import type { PageKeys } from '../page-cache/keys';
import type { PageStore } from '../page-cache/store';
import { samePage } from '../page-cache/same';
import { documentDate, type DocumentEntry, type PairingEntry, type RoadmapEntry, type SchoolEntry, type Site } from './content';
import type { Programme } from './build';
import { calendarIcs, datasetCsv, datasetJson, reportBlank } from './exports';
import { documentExport, pairingExport, roadmapExport } from './document-exports';

/**
 * Set to `separate` by the build script for Astro: the endpoints of these files then list no
 * path (`filesApart`), and scripts/data-files.ts writes the files instead.
 */
export const FILES_STEP_ENV = 'SETKA_FILES_STEP';

/** Whether this Astro build leaves the data files to scripts/data-files.ts. */
export function filesApart(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[FILES_STEP_ENV] === 'separate';
}

/** /schools/<id>.ics, or /calendar.ics without a school. */
export const calendarFile = (site: Site, p: Programme, schoolId?: string): string => calendarIcs(site, p, schoolId);

/**
 * /rss.xml — documents and monthly reports, newest first; `siteUrl` is the site's address (Astro's
 * `site`, made from settings.siteUrl). Feed readers take an item's description as HTML, so the
 * plain text written in the CMS is escaped for HTML there (then for XML by the feed writer): a
 * name like `<img onerror=…>` reaches the reader as words. Titles are plain text by RSS 2.0 and are
 * only escaped for XML.
 */
export function rssFile(site: Site, p: Programme, siteUrl: URL | string): Promise<string> {
  const documents = site.documents.filter((d) => documentDate(site, d)).map((d) => ({
    title: `${t(`kind.${d.data.kind}`)}: ${d.data.title}`,
    link: routes.document(d.id),
    pubDate: new Date(`${documentDate(site, d)}T00:00:00Z`),
    description: escapeHtml(d.data.summary ?? d.data.title),
    categories: ['Документы'],
  }));
  const reports = [...p.reportByKey.values()].map((r) => {
    const school = site.schoolById.get(r.data.school);
    const cell = p.reportCell(r.data.school, r.data.month);
    return {
      title: `Отчёт за ${formatMonth(r.data.month)}: ${school?.data.shortName ?? r.data.school}`,
      link: routes.report(r.data.school, r.data.month),
      pubDate: new Date(`${r.data.submitted}T00:00:00Z`),
      description: escapeHtml(`${school?.data.name ?? r.data.school} — отчёт об исполнении «дорожной карты» за ${formatMonth(r.data.month)}, направлен ${r.data.submitted.split('-').reverse().join('.')} (${t(`report.${cell.status}`).toLowerCase()}).`),
      categories: ['Отчёты'],
    };
  });
  const items = [...documents, ...reports].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'ru'));
  return getRssString({ title: site.settings.shortName, description: site.settings.programme, site: siteUrl, items, customData: '<language>ru</language>' });
}

/** /data/<dataset>.csv */
export const datasetCsvFile = (site: Site, p: Programme, id: DatasetId): string => datasetCsv(site, p, id);

/** /data/<dataset>.json */
export const datasetJsonFile = (site: Site, p: Programme, id: DatasetId): string => JSON.stringify(datasetJson(site, p, id));

/** /forms/report/<school>.docx — the school's pre-filled blanks, one per month of the forms. */
export async function blanksDocxFile(site: Site, p: Programme, school: SchoolEntry): Promise<Uint8Array<ArrayBuffer>> {
  const blanks = p.formMonths.map((month) => reportBlank(site, p, school, month).blank);
  return blankDocx(blanks, `Бланки отчёта об исполнении «дорожной карты» — ${school.data.shortName}`);
}

/** /documents/<id>.docx */
export const documentDocxFile = (site: Site, doc: DocumentEntry): Promise<Uint8Array<ArrayBuffer>> => documentDocx(documentExport(site, doc));

/** /roadmap/<id>.docx */
export const roadmapDocxFile = (site: Site, roadmap: RoadmapEntry): Promise<Uint8Array<ArrayBuffer>> => roadmapDocx(roadmapExport(site, roadmap));

/** /pairs/<id>.docx */
export const pairingDocxFile = (site: Site, pairing: PairingEntry): Promise<Uint8Array<ArrayBuffer>> => pairingDocx(pairingExport(site, pairing));

export interface DataFile {
  /** URL path, as the endpoint serves it. */
  path: string;
  make: () => Promise<string | Uint8Array> | string | Uint8Array;
}

/**
 * The data files `npm run build` makes beside Astro, one per path its endpoint lists (src/pages:
 * the calendars, the feed and the `.docx` routes). Open data (`/data/*.csv`, `*.json`) stays with
 * Astro: its rows are the largest objects the site builds (about 200 MB of heap at region size),
 * and made beside Astro they took the build over its memory bar (1.5 GB); their functions are here
 * all the same, so there is one of each.
 */
export function dataFiles(site: Site, p: Programme): DataFile[] {
  return [
    { path: routes.calendar(), make: () => calendarFile(site, p) },
    { path: routes.rss(), make: () => rssFile(site, p, new URL(site.settings.siteUrl.trim())) },
    ...site.schools.map((s) => ({ path: routes.schoolCalendar(s.id), make: () => calendarFile(site, p, s.id) })),
    ...p.reportingSchools.map((s) => ({ path: routes.blankDocx(s.id), make: () => blanksDocxFile(site, p, s) })),
    ...site.documents.map((d) => ({ path: routes.documentDocx(d.id), make: () => documentDocxFile(site, d) })),
    ...site.roadmaps.map((r) => ({ path: routes.roadmapDocx(r.id), make: () => roadmapDocxFile(site, r) })),
    ...site.pairings.map((x) => ({ path: routes.pairingDocx(x.id), make: () => pairingDocxFile(site, x) })),
  ];
}

/** Decap CMS's prebuilt scripts and WebAssembly (/admin/…), copied from node_modules (src/pages/admin/[script].js.ts, [module].wasm.ts). */
export function cmsFiles(root: string): DataFile[] {
  return decapAssets(root).map((name) => ({ path: `${routes.admin()}${name}`, make: () => readDecapAsset(name, root) }));
}

/** The page cache the files go through, as the middleware uses it for pages (src/middleware.ts). */
export interface FilesCache {
  keys: PageKeys;
  store: PageStore;
  /** Make every file and stop at one that differs from its cached copy (`SETKA_PAGE_CACHE=verify`). */
  verify: boolean;
}

/**
 * Writes every data file under `outDir` (the URL path below it), whole. With a cache, a file
 * whose key is in it is not made but copied from it (a hard link where it can be), and a file
 * made anew is kept in it. Returns how many files were made and how many came from the cache.
 */
export async function makeDataFiles(files: readonly DataFile[], outDir: string, cache: FilesCache | null): Promise<{ made: number; reused: number }> {
  const counts = { made: 0, reused: 0 };
  const dirs = new Set<string>();
  const target = (path: string) => {
    const file = join(outDir, ...path.split('/').filter(Boolean));
    const dir = dirname(file);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    return file;
  };
  for (const { path, make } of files) {
    const key = cache?.keys.keyOf(path);
    const hit = cache && key ? cache.store.has(key) : false;
    if (cache && key && hit && !cache.verify && cache.store.copyTo(key, target(path))) {
      counts.reused++;
      continue;
    }
    const made = await make();
    const body = typeof made === 'string' ? Buffer.from(made, 'utf8') : made;
    counts.made++;
    if (cache && key && hit) {
      const cached = cache.store.read(key);
      if (cached && !samePage(path, body, cached)) {
        throw new Error(`Кэш страниц: файл ${path} собран не так, как его копия в кэше с тем же ключом: ключ не учитывает что-то, от чего файл зависит (src/lib/page-cache/keys.ts).`);
      }
    } else if (cache && key) cache.store.write(key, body);
    writeFileSync(target(path), body);
  }
  return counts;
}
