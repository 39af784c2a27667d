/**
 * The site's files made from the data that take more than one call of the core: the open data's
 * JSON, the feed and the DOCX files (a school's report blanks, documents, roadmaps, pairing
 * lists). One function per file, called by its endpoint; the calendars and the CSV files are
 * `calendarIcs` and `datasetCsv` of src/lib/programme/exports.ts, called directly.
 */
import { blankDocx, type DatasetId } from '../export';
import { documentDocx, pairingDocx, roadmapDocx } from '../export/document-docx';
import { routes } from '../routes';
import { getRssString } from '@astrojs/rss';
import { formatMonth } from '../dates';
import { t } from '../../i18n/ru';
import { text as escapeHtml } from '../html';
import { documentDate, type DocumentEntry, type PairingEntry, type RoadmapEntry, type SchoolEntry, type Site } from './content';
import type { Programme } from './build';
import { datasetJson, reportBlank } from './exports';
import { documentExport, pairingExport, roadmapExport } from './document-exports';

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

/**
 * /data/<dataset>.json: `JSON.stringify(datasetJson(…))`, with a table's rows written one by one and
 * joined. The same text; at region size (400 schools) the school × item table is 120,000 rows and
 * 20 MB, and one call over the whole of it took twice as long as a call per row (V8 builds one
 * string of Russian text for the whole table).
 */
export function datasetJsonFile(site: Site, p: Programme, id: DatasetId): string {
  const data = datasetJson(site, p, id);
  if (!('items' in data) || !Array.isArray(data.items)) return JSON.stringify(data);
  const shell = JSON.stringify({ ...data, items: [] });
  // The rows are the last field: the text ends `"items":[]}` and the rows go between the brackets.
  if (!shell.endsWith('"items":[]}')) return JSON.stringify(data);
  return `${shell.slice(0, -']}'.length)}${data.items.map((row) => JSON.stringify(row)).join(',')}]}`;
}

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
