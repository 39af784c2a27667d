import type { UiKey } from '../i18n/ru';

/**
 * Every URL path of the site, built in one place. Pages, components, exports, the sitemap
 * filter and the preview-image rule call these functions; nothing else writes `/roadmap/…`.
 * Paths end with `/` (the site is built with `trailingSlash: 'always'`), files end with their extension.
 */

/** `#anchor` or nothing. */
const hash = (anchor?: string) => (anchor ? `#${anchor}` : '');

export const routes = {
  home: (anchor?: string) => `/${hash(anchor)}`,
  help: () => '/help/',
  accessibility: () => '/accessibility/',
  search: () => '/search/',
  /** The roadmap items' search records, made from the programme during the build; the index takes them in and the file is removed. */
  searchRecords: () => '/search/records.json',

  documents: () => '/documents/',
  document: (id: string, anchor?: string) => `/documents/${id}/${hash(anchor)}`,
  documentDocx: (id: string) => `/documents/${id}.docx`,

  roadmaps: () => '/roadmap/',
  roadmap: (id: string, anchor?: string) => `/roadmap/${id}/${hash(anchor)}`,
  roadmapDocx: (id: string) => `/roadmap/${id}.docx`,
  roadmapMonth: (id: string, month: string) => `/roadmap/${id}/month/${month}/`,
  roadmapStatus: (id: string, status: string) => `/roadmap/${id}/status/${status}/`,
  roadmapResponsible: (id: string, slug: string) => `/roadmap/${id}/responsible/${slug}/`,

  schools: () => '/schools/',
  school: (id: string, anchor?: string) => `/schools/${id}/${hash(anchor)}`,
  schoolCalendar: (id: string) => `/schools/${id}.ics`,

  pairs: () => '/pairs/',
  pairingDocx: (id: string) => `/pairs/${id}.docx`,

  /** The report matrix; page 1 is `/reports/`, later pages `/reports/page/2/`. */
  reports: (page = 1) => (page <= 1 ? '/reports/' : `/reports/page/${page}/`),
  report: (school: string, month: string) => `/reports/${school}/${month}/`,

  forms: () => '/forms/report/',
  schoolForms: (school: string) => `/forms/report/${school}/`,
  /** A school's blank page; `month` picks that month's blank on it (`#blank-2021-11`, shown by CSS `:target`). */
  blank: (school: string, month?: string) => `/forms/report/${school}/${hash(month && blankAnchor(month))}`,
  /** One DOCX per school with every month's blank. */
  blankDocx: (school: string) => `/forms/report/${school}.docx`,
  /** Which rows and lines of the blank page belong to which month (src/lib/export/blank.ts, `blankMonthsCss`). */
  blankMonthsCss: () => '/forms/report/months.css',

  data: () => '/data/',
  dataset: (id: string, format: 'csv' | 'json') => `/data/${id}.${format}`,
  calendar: () => '/calendar.ics',
  rss: () => '/rss.xml',

  importer: () => '/import/',
  admin: () => '/admin/',
  /** Files of the CMS page: its config, the init script, Decap's bundle, the preview data. */
  adminFile: (name: 'config.yml' | 'manual-init.js' | 'decap-cms.js' | 'preview-data.json') => `/admin/${name}`,
  adminNewReport: () => '/admin/#/collections/reports/new',
} as const;

/** Collections that have pages of their own, and the page of one of their entries. */
export function entryUrl(collection: 'documents' | 'pairings' | 'roadmaps' | 'schools', id: string): string {
  switch (collection) {
    case 'documents': return routes.document(id);
    case 'pairings': return routes.pairs();
    case 'roadmaps': return routes.roadmap(id);
    case 'schools': return routes.school(id);
  }
}

/** True for pages of the CMS (`/admin/…`): left out of the sitemap, search and quality gates. */
export function isAdminPage(pathname: string): boolean {
  return pathname.includes('/admin/');
}

/** Id of a month's blank on the school's blank page: `blank-2021-11`. */
export function blankAnchor(month: string): string {
  return `blank-${month}`;
}

/**
 * URL paths of a blank. A school has one blank page that shows the chosen month (its section
 * `#blank-<yyyy-mm>`, picked by CSS `:target`, no script needed) and one DOCX with every month.
 */
export function blankPaths(school: string, month: string): { print: string; docx: string } {
  return { print: routes.blank(school, month), docx: routes.blankDocx(school) };
}

/** A section of the site: its path, its name (list page) and what one page inside it is. */
export interface Section {
  path: string;
  /** Name of the section (navigation, the list page's preview card). */
  name: UiKey;
  /** What a page inside it is («Школа» for /schools/<id>/), for preview cards. */
  one: UiKey;
  /** Shown in the main navigation. */
  nav: boolean;
}

/** The site's sections, in navigation order: the one table the header, the search page and preview cards read. */
export const SECTIONS: readonly Section[] = [
  { path: routes.documents(), name: 'nav.documents', one: 'section.documents.one', nav: true },
  { path: routes.roadmaps(), name: 'nav.roadmap', one: 'section.roadmap.one', nav: true },
  { path: routes.schools(), name: 'nav.schools', one: 'section.schools.one', nav: true },
  { path: routes.pairs(), name: 'nav.pairs', one: 'section.pairs.one', nav: true },
  { path: routes.reports(), name: 'nav.reports', one: 'section.reports.one', nav: true },
  { path: routes.forms(), name: 'nav.form', one: 'section.form.one', nav: true },
  { path: routes.search(), name: 'nav.search', one: 'section.search.one', nav: false },
  { path: routes.accessibility(), name: 'section.accessibility', one: 'section.accessibility', nav: false },
  { path: routes.help(), name: 'footer.help', one: 'footer.help', nav: false },
];

/** The section a path belongs to, if any. */
export function sectionOf(pathname: string): Section | undefined {
  return SECTIONS.find((s) => pathname.startsWith(s.path));
}

/** True for a page of a paginated list (`/reports/page/2/`): still the list, not an entry. */
export function isListPage(pathname: string): boolean {
  return /\/page\/\d+\/?$/.test(pathname);
}
