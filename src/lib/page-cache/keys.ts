/**
 * Which pages of a build can be copied from an earlier build: each page gets a key that names
 * everything it is made from, so a page whose key has not changed would be built byte for byte
 * the same. The build renders a page again only when its key is new (src/middleware.ts).
 *
 * Two scopes, from the content model:
 * - **a school's own pages** — its page, its blanks page and DOCX blanks, its calendar and its
 *   report pages — are made from the code, the date statuses are computed for, every entry that
 *   is not a report, what all pages take from the whole set of reports (who reported on which
 *   roadmap, from which month; which months have reports), and that school's own reports;
 * - **every other page** (lists, the roadmap, summaries, open data, documents, …) from all of it.
 *
 * So a changed report renders again its school's pages and the network-wide pages, and every
 * other school's pages come from the cache. A change of anything else renders every page.
 * Whether a key misses something a page shows is tested by building with
 * `SETKA_PAGE_CACHE=verify`, which renders every page and compares it with its cached copy.
 */
import { createHash } from 'node:crypto';
import { routes } from '../routes';
import type { ReportEntry, Site } from '../programme';

const sha = (...parts: string[]) => {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex');
};

/** Every field of an entry (id, data, body, source path), as stable text. */
const entryText = (entry: unknown) => JSON.stringify(entry);

/**
 * What every page may take from the whole set of reports: for each roadmap and school, the first
 * month reported (the order of a roadmap's followers and of the reporting schools), and every
 * month that has a report (the months of the report matrix).
 */
export function reportFacts(reports: readonly ReportEntry[]): string {
  const first = new Map<string, string>();
  const months = new Set<string>();
  for (const { data } of reports) {
    const at = `${data.roadmap}\u0001${data.school}`;
    const known = first.get(at);
    if (known === undefined || data.month < known) first.set(at, data.month);
    months.add(data.month);
  }
  return JSON.stringify([[...first].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)), [...months].sort()]);
}

/** The pages of one school's scope, by URL path. */
export function schoolPaths(schoolId: string, reports: readonly ReportEntry[]): string[] {
  return [
    routes.school(schoolId),
    routes.schoolForms(schoolId),
    routes.blankDocx(schoolId),
    routes.schoolCalendar(schoolId),
    ...reports.map((r) => routes.report(schoolId, r.data.month)),
  ];
}

export interface PageKeys {
  /** The page's key. */
  keyOf(pathname: string): string;
  /** The key of everything but the reports (for tests and the build log). */
  readonly shared: string;
}

/**
 * Page keys of a site. `code` names the code that renders the pages (see `codeVersion`); a
 * different code gives every page a new key.
 */
export function pageKeys(site: Site, code: string): PageKeys {
  const others = [
    site.asOf,
    entryText(site.settings),
    ...site.documents.map(entryText),
    ...site.schools.map(entryText),
    ...site.pairings.map(entryText),
    ...site.roadmaps.map(entryText),
  ];
  const shared = sha('setka-pages-1', code, ...others, reportFacts(site.reports));
  const all = sha(shared, ...site.reports.map(entryText));
  const scopeOf = new Map<string, string>();
  for (const [schoolId, reports] of site.reportsBySchool) {
    if (!site.schoolById.has(schoolId)) continue;
    const key = sha(shared, schoolId, ...reports.map(entryText));
    for (const path of schoolPaths(schoolId, reports)) scopeOf.set(path, key);
  }
  for (const school of site.schools) {
    if (site.reportsBySchool.has(school.id)) continue;
    const key = sha(shared, school.id);
    for (const path of schoolPaths(school.id, [])) scopeOf.set(path, key);
  }
  return {
    shared,
    keyOf: (pathname) => sha(scopeOf.get(pathname) ?? all, pathname),
  };
}
